"""Encryption at rest for free text: AES-256-GCM with key ids and row-bound associated data.

Stored form: ``ag1:<key id>:<base64url(nonce || ciphertext+tag)>``. The associated data names the
model, the field and the row's primary key, so a ciphertext copied to another row or field does
not decrypt. Keys come from ``AFTERGLOW_ENCRYPTION_KEYS`` (``kid:base64key,...``, first is
current), never from ``SECRET_KEY``.
"""

import base64
import binascii
import logging
import os
from dataclasses import dataclass
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "ag1"
NONCE_BYTES = 12
logger = logging.getLogger("afterglow.crypto")


class DecryptionError(Exception):
    """A stored value could not be decrypted: tampered, moved, or its key is missing.

    The message names where the value lives, never what it holds.
    """


@dataclass(frozen=True)
class Keyring:
    current_id: str
    keys: dict[str, bytes]


def parse_keys(spec: str, *, setting: str = "AFTERGLOW_ENCRYPTION_KEYS") -> Keyring:
    """``id:base64(32 bytes)`` items separated by commas; the first is current. ``setting``
    names the variable in error messages (the audit chain's keys use the same form)."""
    keys: dict[str, bytes] = {}
    order: list[str] = []
    for item in (part.strip() for part in spec.split(",")):
        if not item:
            continue
        kid, sep, encoded = item.partition(":")
        if not sep or not kid or ":" in encoded:
            raise ImproperlyConfigured(
                f"{setting} must be 'id:base64key' items separated by commas"
            )
        try:
            key = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        except (binascii.Error, ValueError):
            raise ImproperlyConfigured(f"{setting}: key {kid!r} is not base64")
        if len(key) != 32:
            raise ImproperlyConfigured(f"{setting}: key {kid!r} must be 32 bytes")
        if kid in keys:
            raise ImproperlyConfigured(f"{setting}: key id {kid!r} is repeated")
        keys[kid] = key
        order.append(kid)
    if not order:
        raise ImproperlyConfigured(f"{setting} holds no key")
    return Keyring(current_id=order[0], keys=keys)


@lru_cache(maxsize=4)
def _keyring_for(spec: str) -> Keyring:
    return parse_keys(spec)


def keyring() -> Keyring:
    return _keyring_for(settings.AFTERGLOW_ENCRYPTION_KEYS)


def new_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def encrypt(plaintext: str, *, aad: str) -> str:
    ring = keyring()
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(ring.keys[ring.current_id]).encrypt(
        nonce, plaintext.encode("utf-8"), aad.encode("utf-8")
    )
    body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
    return f"{PREFIX}:{ring.current_id}:{body}"


def key_id_of(stored: str) -> str:
    prefix, _, rest = stored.partition(":")
    if prefix != PREFIX:
        raise DecryptionError("not an Afterglow ciphertext")
    return rest.partition(":")[0]


def decrypt(stored: str, *, aad: str) -> str:
    try:
        prefix, kid, body = stored.split(":", 2)
    except ValueError:
        raise _fail(aad, "malformed value")
    if prefix != PREFIX:
        raise _fail(aad, "unknown format")
    key = keyring().keys.get(kid)
    if key is None:
        raise _fail(aad, f"key {kid!r} is not configured")
    try:
        raw = base64.urlsafe_b64decode(body.encode("ascii"))
        plain = AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad.encode("utf-8"))
        return plain.decode("utf-8")
    except (InvalidTag, binascii.Error, ValueError, UnicodeError):
        raise _fail(aad, "authentication failed (tampered or moved)")


def _fail(aad: str, reason: str) -> DecryptionError:
    # The associated data names model, field and row id: safe to log, holds no content.
    logger.error("cannot decrypt %s: %s", aad, reason)
    return DecryptionError(f"cannot decrypt {aad}: {reason}")
