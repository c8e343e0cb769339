"""Recordings for tests: bytes a browser's MediaRecorder would start with, then 'speech'."""

import os
import uuid

from django.test import Client
from django.urls import reverse

# An EBML header naming the "webm" doc type, as MediaRecorder's WebM files begin.
WEBM_HEAD = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01"
    b"\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82\x84webm"
)
SPEECH = b"SPOKEN-WORDS-THAT-MUST-NEVER-BE-PLAIN-ON-DISK"


def recording(size: int = 10_000) -> bytes:
    body = (SPEECH + os.urandom(64)) * (size // (len(SPEECH) + 64) + 1)
    return (WEBM_HEAD + body)[:size]


def send(client: Client, note_id: uuid.UUID, index: int, piece: bytes):
    return client.post(
        reverse("voice:chunk", args=[note_id, index]),
        data=piece,
        content_type="application/octet-stream",
    )


def upload(
    client: Client, data: bytes, *, piece: int = 4000, note_id=None, entry=None, seconds=5
) -> uuid.UUID:
    note_id = note_id or uuid.uuid4()
    for index in range(0, (len(data) + piece - 1) // piece):
        response = send(client, note_id, index, data[index * piece : (index + 1) * piece])
        assert response.status_code == 200, response.content
    finish(client, note_id, seconds=seconds, entry=entry)
    return note_id


def finish(client: Client, note_id, *, seconds: int = 5, entry=None):
    data = {"duration_ms": seconds * 1000}
    if entry is not None:
        data["entry"] = str(entry)
    response = client.post(reverse("voice:finish", args=[note_id]), data)
    assert response.status_code == 200, response.content
    return response
