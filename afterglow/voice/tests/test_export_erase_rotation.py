"""Voice notes in the data download, in erasure, and under key rotation."""

import io
import json
import zipfile

from django.test import Client

from afterglow.lib.rotation import rotate_all
from afterglow.testing.people import PASSWORD, sign_in
from afterglow.voice.models import VoiceChunk, VoiceNote
from afterglow.voice.tests.helpers import SPEECH, recording, upload

NEW_KEY = "new:" + "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM="


def test_the_download_has_the_audio_and_an_index(people, audio_dir):
    client = sign_in(Client(), people.patient)
    first, second = recording(9000), recording(5000)
    upload(client, first)
    upload(client, second, seconds=3)
    archive = zipfile.ZipFile(io.BytesIO(client.post("/accounts/data/download/").content))
    index = json.loads(archive.read("voice/index.json"))
    assert [item["seconds"] for item in index] == [5, 3]
    assert [archive.read(item["file"]) for item in index] == [first, second]
    assert all(item["file"].endswith(".webm") for item in index)
    readme = archive.read("README.txt").decode()
    assert "voice/index.json" in readme
    assert "voice_voicechunk.json" not in archive.namelist()


def test_erasure_removes_voice_notes_and_their_files(
    people, audio_dir, django_capture_on_commit_callbacks
):
    client = sign_in(Client(), people.patient)
    upload(client, recording(9000))
    other = sign_in(Client(), people.other_patient)
    upload(other, recording(4000))
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/accounts/data/delete/", {"password": PASSWORD})
    assert not VoiceNote.objects.filter(patient=people.pat).exists()
    assert VoiceNote.objects.filter(patient__user=people.other_patient).count() == 1
    left = list(audio_dir.rglob("*.agv"))
    assert len(left) == 1 and str(people.pat.pk) not in str(left[0])


def test_key_rotation_re_encrypts_the_audio(people, audio_dir, settings):
    client = sign_in(Client(), people.patient)
    data = recording(10_000)
    note_id = upload(client, data, piece=4000)
    before = {c.pk: c.name for c in VoiceChunk.objects.all()}
    settings.AFTERGLOW_ENCRYPTION_KEYS = f"{NEW_KEY},{settings.AFTERGLOW_ENCRYPTION_KEYS}"
    report = rotate_all()
    chunks = list(VoiceChunk.objects.all())
    assert report.rotated >= 3 and {c.key_id for c in chunks} == {"new"}
    assert all(c.name != before[c.pk] for c in chunks)
    files = list(audio_dir.rglob("*.agv"))
    assert len(files) == 3 and all(SPEECH not in f.read_bytes() for f in files)
    assert all(f.read_bytes()[5:8] == b"new" for f in files)
    settings.AFTERGLOW_ENCRYPTION_KEYS = NEW_KEY  # the old keys can go now
    response = sign_in(Client(), people.patient).get(f"/voice/notes/{note_id}/audio")
    assert b"".join(response.streaming_content) == data
    assert rotate_all().rotated == 0
