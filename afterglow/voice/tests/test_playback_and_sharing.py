"""Playing back with seeking, sharing with the care team, deleting for good."""

from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Entry
from afterglow.testing.journal import write
from afterglow.testing.people import assert_access, sign_in
from afterglow.voice.models import VoiceChunk, VoiceNote
from afterglow.voice.tests.helpers import recording, upload


def audio_url(note_id):
    return reverse("voice:audio", args=[note_id])


def shared_url(people, note_id):
    return reverse("voice:shared_audio", args=[people.pat.pk, note_id])


def body(response):
    return b"".join(response.streaming_content)


def test_range_playback_decrypts_exactly_the_bytes_asked_for(people, audio_dir):
    client = sign_in(Client(), people.patient)
    data = recording(10_000)
    note_id = upload(client, data, piece=3000)
    whole = client.get(audio_url(note_id))
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    assert whole["Content-Type"] == "audio/webm" and body(whole) == data
    for header, start, end in (
        ("bytes=2500-6999", 2500, 6999),  # across three pieces
        ("bytes=3000-3000", 3000, 3000),
        ("bytes=9000-", 9000, 9999),
        ("bytes=-10", 9990, 9999),
        ("bytes=9500-20000", 9500, 9999),
    ):
        part = client.get(audio_url(note_id), HTTP_RANGE=header)
        assert part.status_code == 206, header
        assert part["Content-Range"] == f"bytes {start}-{end}/10000"
        assert int(part["Content-Length"]) == end - start + 1
        assert body(part) == data[start : end + 1], header
    outside = client.get(audio_url(note_id), HTTP_RANGE="bytes=10000-")
    assert outside.status_code == 416 and outside["Content-Range"] == "bytes */10000"
    assert body(client.get(audio_url(note_id), HTTP_RANGE="bytes=0-1,5-6")) == data


def test_only_the_patient_plays_a_note_not_shared(people, audio_dir):
    note_id = upload(sign_in(Client(), people.patient), recording())
    assert_access(people, audio_url(note_id), {"anonymous": 302, "patient": 200})
    assert_access(people, shared_url(people, note_id), {"anonymous": 302})
    assert_access(people, reverse("voice:note", args=[note_id]), {"anonymous": 302, "patient": 200})
    record = reverse("voice:record")
    assert_access(people, record, {"anonymous": 302, "patient": 200, "other_patient": 200})


def test_sharing_and_unsharing_behave_as_for_entries(people, audio_dir):
    patient = sign_in(Client(), people.patient)
    data = recording(8000)
    note_id = upload(patient, data)
    share = reverse("voice:share", args=[note_id])
    patient.post(share, {"shared": "1"})
    assert AuditEvent.objects.filter(action="voice.share").exists()
    assert_access(people, shared_url(people, note_id), {"anonymous": 302, "clinician": 200})
    clinician = sign_in(Client(), people.clinician)
    page = clinician.get(reverse("careteam:patient", args=[people.pat.pk])).content.decode()
    assert "Voice notes they share" in page and "length 0:05" in page
    assert "Shared voice notes" in page and "0:05 long" in page  # and on the timeline
    assert shared_url(people, note_id) in page
    AuditEvent.objects.filter(action__startswith="voice.").delete()
    assert body(clinician.get(shared_url(people, note_id))) == data
    seek = clinician.get(shared_url(people, note_id), HTTP_RANGE="bytes=4000-")
    assert body(seek) == data[4000:]
    plays = AuditEvent.objects.filter(actor=people.clinician, action="voice.play")
    assert plays.count() == 1 and plays.get().patient_id == people.pat.pk
    assert AuditEvent.objects.filter(actor=people.clinician, action="voice.seek").count() == 1
    patient.post(share, {"shared": "0"})
    assert AuditEvent.objects.filter(action="voice.unshare").exists()
    assert clinician.get(shared_url(people, note_id)).status_code == 404
    assert AuditEvent.objects.filter(action="voice.play", outcome="denied").exists()
    page = clinician.get(reverse("careteam:patient", args=[people.pat.pk])).content.decode()
    assert "Voice notes they share" not in page
    assert_access(people, share, {"anonymous": 302, "patient": 302}, method="post")


def test_a_note_attaches_to_an_entry_or_stands_as_an_entry(people, audio_dir):
    patient = sign_in(Client(), people.patient)
    entry = write(people.pat, body="Words first")
    note_id = upload(patient, recording(), entry=entry.pk)
    assert VoiceNote.objects.get().entry == entry
    page = patient.get(reverse("journal:entry", args=[entry.pk])).content.decode()
    assert reverse("voice:note", args=[note_id]) in page
    alone = upload(patient, recording())
    listing = patient.get(reverse("journal:list")).content.decode()
    assert reverse("voice:note", args=[alone]) in listing and "Voice notes" in listing
    response = patient.post(
        reverse("voice:note", args=[alone]), {"title": "After the session", "emotions": ["awe"]}
    )
    assert response.status_code == 302
    note = VoiceNote.objects.get(pk=alone)
    assert note.title == "After the session" and note.emotions == ["awe"]
    assert AuditEvent.objects.filter(action="voice.update").exists()
    page = patient.get(reverse("voice:note", args=[alone])).content.decode()
    assert "After the session" in page and audio_url(alone) in page
    theirs = Entry.objects.create(
        patient=people.other_patient.patient, body="x", written_on=entry.written_on
    )
    olive_entry = reverse("voice:record") + f"?entry={theirs.pk}"
    assert patient.get(olive_entry).status_code == 404


def test_crisis_words_in_a_title_show_the_resources(people, audio_dir):
    patient = sign_in(Client(), people.patient)
    note_id = upload(patient, recording())
    crisis = "I have been saving my pills and tonight I want to end it all"
    response = patient.post(reverse("voice:note", args=[note_id]), {"title": crisis})
    assert response.status_code == 200 and "Call or text 988" in response.content.decode()


def test_deleting_a_note_removes_its_audio_for_good(
    people, audio_dir, django_capture_on_commit_callbacks
):
    patient = sign_in(Client(), people.patient)
    note_id = upload(patient, recording(9000))
    assert list(audio_dir.rglob("*.agv"))
    for role in ("other_patient", "clinician", "outsider", "foreign", "admin"):
        other = sign_in(Client(), getattr(people, role))
        assert other.post(reverse("voice:delete", args=[note_id])).status_code == 404
    assert Client().post(reverse("voice:delete", args=[note_id])).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        response = patient.post(reverse("voice:delete", args=[note_id]))
    assert response.status_code == 302
    assert not VoiceNote.objects.exists() and not VoiceChunk.objects.exists()
    assert not list(audio_dir.rglob("*.agv"))
    assert AuditEvent.objects.filter(action="voice.delete").exists()
    assert patient.get(audio_url(note_id)).status_code == 404
