"""Create development-only secrets under a folder (``python -m afterglow.lib.devkeys var``).

Used by ``make run`` alone; production reads its secrets from the environment.
"""

import base64
import os
import secrets
import sys
from pathlib import Path


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


if __name__ == "__main__":
    ensure_dev_keys(Path(sys.argv[1] if len(sys.argv) > 1 else "var"))
