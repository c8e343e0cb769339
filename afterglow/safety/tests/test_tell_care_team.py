"""After "Let my care team know", the patient is told exactly what the team now sees: that
they asked for help, not the entry (which stays private); for a check-in, the check-in."""

from datetime import UTC, datetime

from django.test import Client
from django.urls import reverse

from afterglow.journal.models import Entry
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session


def _tell(client: Client, back: str) -> str:
    check = TextCheck.objects.get()
    url = reverse("safety:language_tell", args=[check.pk])
    return client.post(url, {"back": back}, follow=True).content.decode()


def test_the_banner_says_the_team_sees_the_request_not_the_entry(people):
    client = sign_in(Client(), people.patient)
    client.post(reverse("journal:new"), {"body": "I want to kill myself"})
    entry = Entry.objects.get()
    page = _tell(client, reverse("journal:entry", args=[entry.pk]))
    assert "They see that you asked, after writing about suicide or self-harm" in page
    assert "They don&#x27;t see this entry: it stays private unless you share it." in page
    assert "Your care team will see this" not in page  # as if they would read the entry
    assert "Only you can see this entry." in page
    assert "journal_entry" in Flag.objects.get().reasons


def test_after_a_check_in_the_banner_says_the_team_sees_the_check_in(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 11, 14, tzinfo=UTC), tick=False)
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    client = sign_in(Client(), people.patient)
    client.post(
        reverse("aftercare:check_in", args=[session.pk, "morning"]),
        {"mood": 2, "sleep": 2, "note": "I wish I was dead"},
    )
    page = _tell(client, "/today/")
    assert "this check-in with its note, as they see every check-in" in page
    assert "Your care team will see this" not in page


def test_elsewhere_the_banner_says_the_words_stay_private(people):
    client = sign_in(Client(), people.patient)
    client.post(reverse("integration:goal_new"), {"title": "Walk", "why": "I want to die"})
    page = _tell(client, "/integration/")
    assert "what kind of worry it was, not your words" in page
