"""AES-256-GCM for audio pieces, with the app's key ring (``afterglow.lib.crypto``).

A stored piece is ``AGV1 | len(kid) | kid | nonce | ciphertext+tag``; the associated data names
the note and the piece's index, so a piece moved to another note or place does not decrypt.
Each piece is sealed on its own: a long note is never whole in memory.
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from afterglow.lib import crypto

MAGIC = b"AGV1"


def aad_for(note_id: object, index: int) -> bytes:
    return f"voice.voicechunk:{note_id}:{index}".encode()


def seal(plain: bytes, *, note_id: object, index: int) -> tuple[str, bytes]:
    ring = crypto.keyring()
    kid = ring.current_id.encode()
    nonce = os.urandom(crypto.NONCE_BYTES)
    sealed = AESGCM(ring.keys[ring.current_id]).encrypt(nonce, plain, aad_for(note_id, index))
    return ring.current_id, MAGIC + bytes([len(kid)]) + kid + nonce + sealed


def open_sealed(blob: bytes, *, note_id: object, index: int) -> bytes:
    where = aad_for(note_id, index).decode()
    if blob[:4] != MAGIC:
        raise crypto.DecryptionError(f"cannot decrypt {where}: unknown format")
    size = blob[4]
    kid = blob[5 : 5 + size].decode()
    key = crypto.keyring().keys.get(kid)
    if key is None:
        raise crypto.DecryptionError(f"cannot decrypt {where}: key {kid!r} is not configured")
    start = 5 + size
    nonce, body = blob[start : start + crypto.NONCE_BYTES], blob[start + crypto.NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, aad_for(note_id, index))
    except InvalidTag:
        raise crypto.DecryptionError(f"cannot decrypt {where}: tampered or moved")
