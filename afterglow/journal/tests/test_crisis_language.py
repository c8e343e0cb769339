import pytest
from django.test import Client
from django.urls import reverse

from afterglow.safety.crisis import mentions_crisis
from afterglow.safety.models import Flag
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in


@pytest.mark.parametrize(
    "text",
    [
        "Some nights I want to kill myself",
        "I keep thinking about suicide",
        "I don't want to be alive anymore",
        "Everyone would be better off without me",
        "I wish I were dead",
        "I hurt myself again last night",
        "thinking of ending my life",
        "SELF-HARM urges today",
    ],
)
def test_crisis_language_is_noticed(text):
    assert mentions_crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm dead tired after the session",
        "Killing it at work this week!",
        "That cake was to die for",
        "I could die of embarrassment",
        "My phone battery died",
        "The suit was a killer look",
        "",
    ],
)
def test_everyday_phrases_are_not(text):
    assert not mentions_crisis(text)


def test_saving_crisis_language_offers_help_and_sends_nothing_without_a_choice(people):
    client = sign_in(Client(), people.patient)
    response = client.post(reverse("journal:new"), {"body": "I want to end it all"})
    page = response.content.decode()
    assert response.status_code == 200 and "Call or text 988" in page
    assert "Nobody has been told" in page and not Flag.objects.exists()
    entry = people.pat.journal_entries.get()
    client.post(reverse("journal:tell_care_team", args=[entry.pk]))
    flag = Flag.objects.get()
    assert flag.kind == "crisis_language" and flag.severity == "safety"
    assert flag.reasons == ["journal_entry"]


def test_harmless_phrases_save_quietly(people):
    response = sign_in(Client(), people.patient).post(
        reverse("journal:new"), {"body": "Dead tired but killing it at work"}
    )
    assert response.status_code == 302


def test_a_check_in_note_with_crisis_language_offers_help(people, time_machine):
    from datetime import UTC, datetime

    from afterglow.testing.treatments import completed_session

    time_machine.move_to(datetime(2026, 3, 11, 14, tzinfo=UTC), tick=False)
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    client = sign_in(Client(), people.patient)
    url = reverse("aftercare:check_in", args=[session.pk, "morning"])
    response = client.post(url, {"mood": 2, "sleep": 2, "note": "I wish I was dead"})
    assert "Nobody has been told" in response.content.decode() and not Flag.objects.exists()
    tell = reverse("aftercare:check_in_tell", args=[session.pk, "morning"])
    assert client.post(tell).status_code == 302
    assert Flag.objects.get().reasons == ["check_in_note"]
    assert write(people.pat).pk  # the journal is unaffected
