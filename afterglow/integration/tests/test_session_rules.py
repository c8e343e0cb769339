"""An integration session is scheduled for a day and time, and its note is written once it
has happened: a note for a session still ahead would mark it "Done" before it took place."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from afterglow.integration.models import IntegrationSession
from afterglow.integration.services import note_write, session_schedule
from afterglow.testing.people import sign_in

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


@pytest.fixture
def ahead(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    return session_schedule(
        patient=people.pat,
        by=people.clinician,
        scheduled_for=NOW + timedelta(days=2),
        treatment=None,
        request=None,
    )


def note_url(people, session):
    return reverse("integration:note", args=[people.pat.pk, session.pk])


def test_a_session_cannot_be_scheduled_without_a_day_and_time(people):
    with pytest.raises(ValidationError, match="Choose a day and time"):
        session_schedule(
            patient=people.pat,
            by=people.clinician,
            scheduled_for=None,
            treatment=None,
            request=None,
        )
    assert not IntegrationSession.objects.exists()


def test_the_note_of_a_session_still_ahead_is_refused(people, ahead):
    client = sign_in(Client(), people.clinician)
    response = client.post(note_url(people, ahead), {"insights": "Too early", "tools": "x"})
    page = response.content.decode()
    assert response.status_code == 200 and "Write the note once it has happened" in page
    assert "Too early" in page  # what was typed is kept
    ahead.refresh_from_db()
    assert ahead.status == "scheduled" and ahead.insights is None
    with pytest.raises(ValidationError):
        note_write(
            session=ahead,
            by=people.clinician,
            insights="",
            insights_shared=False,
            tools="",
            areas=[],
            homework_prompt=None,
            homework_step="",
            homework_due=None,
            request=None,
        )


def test_the_list_offers_the_note_only_once_the_session_has_happened(people, ahead, time_machine):
    client = sign_in(Client(), people.clinician)
    page_url = reverse("integration:patient", args=[people.pat.pk])
    page = client.get(page_url).content.decode()
    assert "The note can be written once the session has happened." in page
    assert note_url(people, ahead) not in page
    time_machine.move_to(NOW + timedelta(days=2, hours=1), tick=False)
    client = sign_in(Client(), people.clinician)
    assert note_url(people, ahead) in client.get(page_url).content.decode()
    response = client.post(note_url(people, ahead), {"insights": "Went well", "tools": "Breathe"})
    assert response.status_code == 302
    ahead.refresh_from_db()
    assert ahead.status == "done"
