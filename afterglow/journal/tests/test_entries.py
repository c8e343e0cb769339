from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Draft, Entry, EntryToken
from afterglow.testing.journal import write
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session

NEW = reverse("journal:new")


def raw(column: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM journal_entry")  # noqa: S608 (test constant)
        return cursor.fetchone()[0]


def test_a_patient_writes_an_entry_that_is_encrypted_at_rest(people):
    client = sign_in(Client(), people.patient)
    response = client.post(
        NEW,
        {
            "title": "Lighthouse",
            "body": "I dreamt of the lighthouse",
            "emotions": ["awe", "grief"],
            "own_words": "tender, open",
            "tags": "dreams",
            "mood": 4,
            "energy": 2,
        },
    )
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert (entry.title, entry.body, entry.emotions) == (
        "Lighthouse",
        "I dreamt of the lighthouse",
        ["awe", "grief"],
    )
    for column, secret in (
        ("title", "Lighthouse"),
        ("body", "lighthouse"),
        ("own_words", "tender"),
        ("tags", "dreams"),
    ):
        assert secret not in raw(column) and raw(column).startswith("ag1:")
    event = AuditEvent.objects.get(action="journal.create")
    assert "lighthouse" not in event.canonical().lower()


def test_an_entry_links_to_a_session_in_the_7_days_before(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 10, 18, tzinfo=UTC), tick=False)
    session = completed_session(people.pat, ended=datetime(2026, 3, 4, 18, tzinfo=UTC))
    assert write(people.pat).session == session
    time_machine.move_to(datetime(2026, 3, 12, 18, tzinfo=UTC), tick=False)
    assert write(people.pat).session is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"body": "   "}, "Write a few words first"),
        ({"body": "x" * 200_000}, "Split it into two entries"),
        ({"body": "ok", "emotions": ["smug"]}, "isn&#x27;t one of the emotions listed"),
    ],
)
def test_bad_input_gets_a_clear_message_and_keeps_the_text(people, data, message):
    response = sign_in(Client(), people.patient).post(NEW, {"title": "Kept title", **data})
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert 'value="Kept title"' in page
    if len(data["body"]) > 1000:
        assert data["body"] in page  # a 200,000-character paste is all still there
    assert not Entry.objects.exists()


def test_html_in_an_entry_is_shown_as_text(people):
    entry = write(people.pat, body='<script>alert("x")</script><b>bold</b>')
    page = sign_in(Client(), people.patient).get(reverse("journal:entry", args=[entry.pk]))
    body = page.content.decode()
    assert "<script>alert" not in body and "&lt;script&gt;" in body


def test_an_edit_of_someone_elses_entry_is_not_found(people):
    entry = write(people.other_patient.patient)
    client = sign_in(Client(), people.patient)
    assert client.get(reverse("journal:edit", args=[entry.pk])).status_code == 404
    assert (
        client.post(reverse("journal:edit", args=[entry.pk]), {"body": "mine"}).status_code == 404
    )
    assert Entry.objects.get().body == "A quiet morning by the window."


def test_editing_reindexes_and_clears_the_draft(people):
    entry = write(people.pat)
    client = sign_in(Client(), people.patient)
    client.post(reverse("journal:draft"), {"slot": str(entry.pk), "body": "half way"})
    assert Draft.objects.filter(slot=str(entry.pk)).exists()
    client.post(reverse("journal:edit", args=[entry.pk]), {"body": "A new river"})
    entry.refresh_from_db()
    assert entry.body == "A new river" and not Draft.objects.exists()
    assert AuditEvent.objects.filter(action="journal.update").exists()


def test_deleting_means_gone(people):
    entry = write(people.pat)
    sign_in(Client(), people.patient).post(reverse("journal:delete", args=[entry.pk]))
    assert not Entry.objects.exists() and not EntryToken.objects.exists()
    assert AuditEvent.objects.filter(action="journal.delete").exists()


def test_patient_pages_are_the_patients_own(people):
    entry = write(people.pat)
    own = {"anonymous": 302, "patient": 200}
    for name in ("entry", "edit"):
        assert_access(people, reverse(f"journal:{name}", args=[entry.pk]), own)
    for name in ("share", "mark", "delete"):
        assert_access(
            people,
            reverse(f"journal:{name}", args=[entry.pk]),
            {"anonymous": 302, "patient": 302},
            method="post",
        )
    patients_only = {"anonymous": 302, "patient": 200, "other_patient": 200}
    for url in (
        reverse("journal:list"),
        NEW,
        reverse("journal:calendar"),
        reverse("journal:import"),
        reverse("journal:export", args=["json"]),
    ):
        assert_access(people, url, patients_only)


def test_an_unknown_export_format_is_not_found(people):
    assert sign_in(Client(), people.patient).get("/journal/export.pdf").status_code == 404


def test_quick_capture_takes_one_tap_and_a_few_words(people):
    client = sign_in(Client(), people.patient)
    response = client.post(reverse("journal:quick"), {"emotion": "calm", "words": "soft"})
    assert response.status_code == 302
    entry = Entry.objects.get()
    assert entry.quick and entry.emotions == ["calm"] and entry.body == "soft"
    refused = client.post(reverse("journal:quick"), {"words": "no feeling"})
    assert refused.status_code == 302 and Entry.objects.count() == 1


def test_the_calendar_shows_days_written_and_emotions(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 10, 18, tzinfo=UTC), tick=False)
    write(people.pat, emotions=["joy"])
    time_machine.move_to(datetime(2026, 3, 10, 18, tzinfo=UTC) + timedelta(days=2), tick=False)
    write(people.pat, emotions=["grief"])
    page = (
        sign_in(Client(), people.patient)
        .get(reverse("journal:calendar") + "?month=2026-03")
        .content.decode()
    )
    assert "March 2026" in page and "joy" in page and "grief" in page
    assert page.count('class="wrote"') == 2
