"""Keyed hashes to find a row by a value that is stored only encrypted (a phone number).

``<key id>:<HMAC-SHA256(lookup key, purpose | value)>``. The lookup key is derived (HKDF)
from an encryption key of the key ring, so the database holds neither the value nor a key,
and one value gives unrelated hashes for different purposes. A lookup computes the hash
under every configured key (``hashes``), so it keeps finding rows while keys rotate; rows
are rehashed under the current key after rotation (``current_prefix``).
"""

import hashlib
import hmac
from functools import lru_cache

from cryptography.hazmat.primitives import hashes as hkdf_hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from afterglow.lib import crypto


@lru_cache(maxsize=16)
def _key(purpose: str, kid: str, key: bytes) -> bytes:
    return HKDF(
        algorithm=hkdf_hashes.SHA256(),
        length=32,
        salt=None,
        info=f"afterglow-lookup-v1:{purpose}:{kid}".encode(),
    ).derive(key)


def _hash(purpose: str, kid: str, value: str) -> str:
    key = _key(purpose, kid, crypto.keyring().keys[kid])
    return f"{kid}:{hmac.new(key, value.encode(), hashlib.sha256).hexdigest()}"


def current(purpose: str, value: str) -> str:
    """The hash to store: under the current key."""
    return _hash(purpose, crypto.keyring().current_id, value)


def hashes(purpose: str, value: str) -> list[str]:
    """The hashes to look for: under every configured key."""
    return [_hash(purpose, kid, value) for kid in crypto.keyring().keys]


def current_prefix() -> str:
    """What every hash made under the current key starts with."""
    return f"{crypto.keyring().current_id}:"
