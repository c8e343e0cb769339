"""The audit chain's keys: ``AFTERGLOW_AUDIT_KEYS``, ``id:base64(32 bytes)`` items like the
encryption keys. The first signs new events, every one listed verifies, so a key rotates by
putting a new one first. They are kept apart from the encryption keys and from
``SECRET_KEY``: someone who can read the database and decrypt its text still cannot forge the
audit log, and the other way round.
"""

import hashlib
import hmac
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from afterglow.lib.crypto import Keyring, parse_keys

SETTING = "AFTERGLOW_AUDIT_KEYS"


class UnknownKey(Exception):
    """A row names an audit key that is not configured (removed too early, or forged)."""


@lru_cache(maxsize=4)
def _ring_for(spec: str, encryption_spec: str, secret_key: str) -> Keyring:
    ring = parse_keys(spec, setting=SETTING)
    others = set(parse_keys(encryption_spec).keys.values()) | {secret_key.encode()}
    if any(key in others for key in ring.keys.values()):
        raise ImproperlyConfigured(
            f"{SETTING} must hold keys of its own, not an encryption key or SECRET_KEY"
        )
    return ring


def keyring() -> Keyring:
    return _ring_for(
        settings.AFTERGLOW_AUDIT_KEYS, settings.AFTERGLOW_ENCRYPTION_KEYS, settings.SECRET_KEY
    )


def current_key_id() -> str:
    return keyring().current_id


def mac(key_id: str, message: str) -> str:
    """HMAC-SHA-256 of ``message`` under the named key, as 64 hex digits."""
    key = keyring().keys.get(key_id)
    if key is None:
        raise UnknownKey(key_id)
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def matches(key_id: str, message: str, expected: str) -> bool:
    try:
        return hmac.compare_digest(mac(key_id, message), expected)
    except UnknownKey:
        return False
