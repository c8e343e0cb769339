"""Today shows what matters now first and what comes next below it: the 24-hour plan does not
hide tomorrow's booking, the medicines or a questionnaire that is due."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client

from afterglow.reminders.models import Medication
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session, scheduled_session

YESTERDAY_END = datetime(2026, 3, 10, 16, 0, tzinfo=UTC)  # 11 AM in Chicago
NOW = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)  # 9 AM the next day: 22 hours later
TOMORROW = datetime(2026, 3, 12, 14, 0, tzinfo=UTC)  # 9 AM the day after


def today(people):
    return sign_in(Client(), people.patient).get("/today/").content.decode()


@pytest.fixture
def spravato_between_sessions(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    completed_session(people.pat, ended=YESTERDAY_END, modality="spravato")
    scheduled_session(people.pat, starts=TOMORROW, modality="spravato")


def test_the_plan_comes_first_and_tomorrows_preparation_below_it(people, spravato_between_sessions):
    page = today(people)
    plan = page.index("Safety first")
    preparation = page.index("Getting ready for your next session")
    assert plan < preparation
    assert "session is <strong>tomorrow at 9 AM</strong>" in page
    assert "No food for 2 hours and no drinks for 30 minutes before" in page
    assert "Arrange a ride home" in page


def test_medicines_and_questionnaires_show_during_the_plan(people, spravato_between_sessions):
    Medication.objects.create(patient=people.pat, name="Sertraline", times=["08:00"])
    page = today(people)
    assert page.index("Safety first") < page.index("Today's medicines")
    assert "A minute for your questionnaires" in page  # no baseline yet: the PHQ-9 is due


def test_a_session_later_today_is_named_today(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    scheduled_session(people.pat, starts=NOW + timedelta(hours=5))
    page = today(people)
    assert "session is <strong>today at 2 PM</strong>" in page
    assert "Wednesday" not in page  # today's weekday, named as if it were another day
