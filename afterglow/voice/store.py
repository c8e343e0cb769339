"""The encrypted pieces in the ``voice`` storage (a folder under ``var/`` unless the operator
names another Django storage backend in ``STORAGES["voice"]``)."""

import secrets
from collections.abc import Iterator

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, storages

from afterglow.voice.models import VoiceChunk, VoiceNote
from afterglow.voice.sealing import open_sealed, seal


def storage() -> Storage:
    return storages["voice"]


def write(note: VoiceNote, index: int, plain: bytes) -> tuple[str, str]:
    """Seal and store one piece under a fresh name; returns (key id, name)."""
    kid, blob = seal(plain, note_id=note.pk, index=index)
    name = f"{note.patient_id}/{note.pk}/{index:06d}-{secrets.token_hex(4)}.agv"
    saved = storage().save(name, ContentFile(blob))
    return kid, saved


def read(chunk: VoiceChunk) -> bytes:
    with storage().open(chunk.name, "rb") as handle:
        blob = handle.read()
    return open_sealed(blob, note_id=chunk.note_id, index=chunk.index)


def remove(name: str) -> None:
    storage().delete(name)


def plain_range(chunks: list[VoiceChunk], start: int, end: int) -> Iterator[bytes]:
    """Bytes ``start``..``end`` (inclusive) of the recording, one decrypted piece at a time."""
    for chunk in chunks:
        last = chunk.offset + chunk.size - 1
        if last < start or chunk.offset > end:
            continue
        piece = read(chunk)
        yield piece[max(start - chunk.offset, 0) : end - chunk.offset + 1]
