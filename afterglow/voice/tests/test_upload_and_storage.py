"""Chunked, resumable upload; audio encrypted at rest; refusals that corrupt nothing."""

import uuid
from datetime import UTC, datetime
from unittest import mock

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import sign_in
from afterglow.voice import store
from afterglow.voice.models import VoiceChunk, VoiceNote, VoicePolicy
from afterglow.voice.tests.helpers import SPEECH, finish, recording, send, upload


def files_in(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def audio_of(client, note_id):
    response = client.get(reverse("voice:audio", args=[note_id]))
    return b"".join(response.streaming_content)


def test_it_never_keeps_audio_in_plaintext_on_disk(people, audio_dir):
    client = sign_in(Client(), people.patient)
    data = recording(12_000)
    note_id = upload(client, data)
    files = files_in(audio_dir)
    assert len(files) == 3
    for path in files:
        stored = path.read_bytes()
        assert stored.startswith(b"AGV1") and SPEECH not in stored and b"webm" not in stored
    assert audio_of(client, note_id) == data
    note = VoiceNote.objects.get()
    assert note.size == len(data) and note.audio_format == "webm" and note.duration_ms == 5000
    assert AuditEvent.objects.get(action="voice.create").patient_id == people.pat.pk


def test_a_resumed_upload_gives_one_note_with_the_exact_bytes(people, audio_dir):
    client = sign_in(Client(), people.patient)
    data, note_id = recording(10_000), uuid.uuid4()
    piece = lambda i: data[i * 3000 : (i + 1) * 3000]  # noqa: E731
    assert send(client, note_id, 0, piece(0)).json() == {"next": 1}
    assert send(client, note_id, 1, piece(1)).status_code == 200
    # The connection dropped; the browser asks where to carry on, from a new sign-in.
    client = sign_in(Client(), people.patient)
    status = client.get(reverse("voice:upload_status", args=[note_id])).json()
    assert status == {"next": 2, "complete": False}
    assert send(client, note_id, 1, piece(1)).status_code == 200  # sent twice: recognised
    skipped = send(client, note_id, 3, piece(3))
    assert skipped.status_code == 409 and skipped.json()["next"] == 2
    assert send(client, note_id, 2, piece(2)).status_code == 200
    assert send(client, note_id, 3, piece(3)).status_code == 200
    finish(client, note_id)
    finish(client, note_id)  # the confirmation was lost: finishing again changes nothing
    again = client.get(reverse("voice:upload_status", args=[note_id])).json()
    assert again == {"next": 4, "complete": True}
    assert VoiceNote.objects.count() == 1 and VoiceChunk.objects.count() == 4
    assert AuditEvent.objects.filter(action="voice.create").count() == 1
    assert audio_of(client, note_id) == data
    assert len(files_in(audio_dir)) == 4


def test_a_different_piece_at_a_kept_place_is_refused(people, audio_dir):
    client = sign_in(Client(), people.patient)
    data, note_id = recording(6000), uuid.uuid4()
    send(client, note_id, 0, data[:3000])
    refused = send(client, note_id, 0, recording(3000)[::-1] + b"x")
    assert refused.status_code == 409
    send(client, note_id, 1, data[3000:])
    finish(client, note_id)
    assert audio_of(client, note_id) == data


def test_a_note_starts_with_its_first_piece(people, audio_dir):
    client = sign_in(Client(), people.patient)
    response = send(client, uuid.uuid4(), 2, recording(100))
    assert response.status_code == 409 and response.json()["next"] == 0
    assert not VoiceNote.objects.exists() and not files_in(audio_dir)


def test_what_is_not_audio_is_refused_by_its_content(people, audio_dir):
    client = sign_in(Client(), people.patient)
    wav = b"RIFF\x24\x08\x00\x00WAVEfmt " + bytes(200)
    response = send(client, uuid.uuid4(), 0, wav)
    assert response.status_code == 415 and response.json()["error"] == "not_audio"
    ogg = b"OggS\x00\x02" + bytes(22) + b"OpusHead\x01\x01" + bytes(100)
    assert send(client, uuid.uuid4(), 0, ogg).status_code == 200
    assert VoiceNote.objects.get().audio_format == "ogg"


def test_pieces_for_someone_elses_note_are_refused_and_change_nothing(people, audio_dir):
    pat = sign_in(Client(), people.patient)
    data, note_id = recording(6000), uuid.uuid4()
    send(pat, note_id, 0, data[:3000])
    for role in ("other_patient", "clinician", "outsider", "admin"):
        other = sign_in(Client(), getattr(people, role))
        assert send(other, note_id, 1, recording(3000)).status_code == 404
        assert send(other, note_id, 0, data[:3000]).status_code == 404
        assert other.get(reverse("voice:upload_status", args=[note_id])).status_code == 404
        finished = other.post(reverse("voice:finish", args=[note_id]), {"duration_ms": 1})
        assert finished.status_code == 404
    assert send(Client(), note_id, 1, data[3000:]).status_code == 302
    note = VoiceNote.objects.get()
    assert note.chunk_count == 1 and note.completed_at is None
    send(pat, note_id, 1, data[3000:])
    finish(pat, note_id)
    assert audio_of(pat, note_id) == data


def test_a_note_stops_at_the_clinic_limit(people, audio_dir):
    VoicePolicy.objects.create(clinic=people.clinic, max_minutes=1)  # 1.2 MB of audio at most
    client = sign_in(Client(), people.patient)
    note_id, piece, index = uuid.uuid4(), recording(500_000), 0
    while (response := send(client, note_id, index, piece)).status_code == 200:
        index += 1
    assert response.status_code == 413 and response.json() == {"error": "too_long", "next": 2}
    finish(client, note_id, seconds=75)
    note = VoiceNote.objects.get()
    assert note.chunk_count == 2 and note.duration_ms == 60_000  # what was recorded is kept


def test_a_full_disk_is_a_clear_error_and_nothing_is_half_kept(people, audio_dir):
    client = sign_in(Client(), people.patient)
    note_id, data = uuid.uuid4(), recording(6000)
    send(client, note_id, 0, data[:3000])
    with mock.patch.object(store, "write", side_effect=OSError(28, "No space left on device")):
        response = send(client, note_id, 1, data[3000:])
    assert response.status_code == 507 and response.json() == {"error": "storage_full", "next": 1}
    assert VoiceNote.objects.get().chunk_count == 1
    assert send(client, note_id, 1, data[3000:]).status_code == 200


def test_an_empty_or_oversized_piece_and_bad_finish_are_refused(people, audio_dir):
    client = sign_in(Client(), people.patient)
    note_id = uuid.uuid4()
    assert send(client, note_id, 0, b"").status_code == 413
    assert send(client, note_id, 0, recording(600_000)).status_code == 413
    finish_url = reverse("voice:finish", args=[note_id])
    assert client.post(finish_url, {"duration_ms": 5}).status_code == 409
    assert client.post(finish_url, {"duration_ms": "soon"}).status_code == 400


def test_uploads_never_finished_are_deleted_after_a_week(
    people, audio_dir, time_machine, django_capture_on_commit_callbacks
):

    time_machine.move_to(datetime(2026, 3, 1, tzinfo=UTC), tick=False)
    client = sign_in(Client(), people.patient)
    send(client, uuid.uuid4(), 0, recording(3000))
    kept = upload(client, recording(3000))
    time_machine.move_to(datetime(2026, 3, 9, tzinfo=UTC), tick=False)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_abandoned_voice")
    assert list(VoiceNote.objects.values_list("pk", flat=True)) == [kept]
    assert len(files_in(audio_dir)) == 1
    assert AuditEvent.objects.filter(action="voice.abandoned_delete").count() == 1
