"""Create development-only secrets under a folder (``python -m afterglow.lib.devkeys var``).

Used by ``make run`` (and the demo's own commands, below); production reads its secrets from
the environment.
"""

import base64
import os
import secrets
import sys
from collections.abc import MutableMapping, Sequence
from pathlib import Path

# The commands the README and `make run` print for the demo, to be typed as printed.
DEMO_COMMANDS = frozenset({"demo_code", "load_demo"})
SECRETS = ("SECRET_KEY", "AFTERGLOW_ENCRYPTION_KEYS", "AFTERGLOW_AUDIT_KEYS")


def ensure_dev_keys(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "secret_key"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(50))
        secret.chmod(0o600)
    for name, kid in (("encryption_keys", "dev1"), ("audit_keys", "devaudit1")):
        keys = folder / name
        if not keys.exists():
            key = base64.urlsafe_b64encode(os.urandom(32)).decode()
            keys.write_text(f"{kid}:{key}")
            keys.chmod(0o600)
    vapid = folder / "vapid_private_key"
    if not vapid.exists():  # Web Push: this server's identity to the push services
        vapid.write_bytes(_vapid_pem())
        vapid.chmod(0o600)


def _vapid_pem() -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def run_environment(var: Path) -> dict[str, str]:
    """What the Makefile's RUN_ENV gives `make run` (keep the two in step)."""
    return {
        "DEBUG": "false",
        "AFTERGLOW_HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECRET_KEY_FILE": str(var / "secret_key"),
        "AFTERGLOW_ENCRYPTION_KEYS_FILE": str(var / "encryption_keys"),
        "AFTERGLOW_AUDIT_KEYS_FILE": str(var / "audit_keys"),
        "AFTERGLOW_VAPID_PRIVATE_KEY_FILE": str(var / "vapid_private_key"),
        "AFTERGLOW_STATIC_ROOT": str(var / "static"),
    }


def use_for_demo_commands(
    argv: Sequence[str], environ: MutableMapping[str, str], var: Path
) -> None:
    """``manage.py demo_code`` (and ``load_demo``), typed as printed, run in `make run`'s
    environment: its development keys under ``var/``. Only for those commands and only when
    no secret is configured at all, so a deployment's own settings always win."""
    if len(argv) < 2 or argv[1] not in DEMO_COMMANDS:
        return
    if any(name in environ or f"{name}_FILE" in environ for name in SECRETS):
        return
    ensure_dev_keys(var)
    for name, value in run_environment(var).items():
        environ.setdefault(name, value)


if __name__ == "__main__":
    ensure_dev_keys(Path(sys.argv[1] if len(sys.argv) > 1 else "var"))
