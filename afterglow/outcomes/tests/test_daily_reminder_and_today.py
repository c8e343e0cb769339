"""The daily check on the days the clinic's rule asks for it: a reminder like the others
(content-free, at the person's daily time, until the day ends) and a link on Today; neither
once it is done. Today's queries stay pinned."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterglow.outcomes.models import DailyCheck, OutcomeSettings
from afterglow.reminders.due import due_items
from afterglow.reminders.models import Notification
from afterglow.reminders.send import run
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 11, 15, tzinfo=UTC)  # a Wednesday, 10 AM in Chicago
TODAY = date(2026, 3, 11)
LINK = 'href="/outcomes/daily/"'


def daily_items(patient, now):
    return [i for i in due_items(patient, prefs(patient.user), now) if i.kind == "daily_check"]


@pytest.fixture
def treated(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    completed_session(people.pat, ended=NOW - timedelta(days=2))
    return people.pat


def test_it_is_reminded_at_the_daily_time_until_the_day_ends(treated):
    (item,) = daily_items(treated, NOW)
    assert item.key == "daily-check:2026-03-11" and item.link == "/outcomes/daily/"
    assert item.due_at == datetime(2026, 3, 11, 14, tzinfo=UTC)  # 9 AM in Chicago
    assert item.closes == datetime(2026, 3, 12, 5, tzinfo=UTC)  # midnight there
    DailyCheck.objects.create(patient=treated, day=TODAY, mood=3)
    assert daily_items(treated, NOW) == []


def test_it_follows_the_clinics_rule(people, treated):
    settings = OutcomeSettings.objects.create(clinic=people.clinic, daily_check="off")
    assert daily_items(treated, NOW) == []
    settings.daily_check = "induction"
    settings.save()
    # 28 days after the first session: only Mondays and Thursdays.
    later = NOW + timedelta(days=30)  # a Friday
    assert daily_items(treated, later) == []
    assert len(daily_items(treated, later + timedelta(days=3))) == 1  # Monday


def test_before_any_session_the_induction_rule_asks_nothing(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    assert daily_items(people.pat, NOW) == []


def test_the_reminder_says_nothing_of_the_patients_mood(people, treated):
    prefs(people.other_patient, in_app=False, email=False)
    prefs(treated.user, daily_at=time(9, 0))
    run(NOW)
    notification = Notification.objects.get(user=treated.user, kind="daily_check")
    assert notification.title == "How are you today? A few seconds for your daily check"
    assert notification.link == "/outcomes/daily/"
    run(NOW + timedelta(minutes=1))
    assert Notification.objects.filter(kind="daily_check").count() == 1  # once a day


def test_a_patient_who_turned_it_off_hears_nothing(treated):
    prefs(treated.user, off=["daily_check"])
    run(NOW)
    assert not Notification.objects.filter(kind="daily_check").exists()


def test_today_links_to_it_while_it_is_due(people, treated):
    client = sign_in(Client(), people.patient)
    assert LINK in client.get("/today/").content.decode()
    client.post("/outcomes/daily/", {"mood": "4"})
    assert LINK not in client.get("/today/").content.decode()


def test_today_costs_the_same_queries_for_any_amount(people, treated):
    client = sign_in(Client(), people.patient)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            page = client.get("/today/").content.decode()
        assert LINK in page
        return len(ctx.captured_queries)

    few = count()
    for n in range(10):
        completed_session(treated, ended=NOW - timedelta(days=5 + n))
        DailyCheck.objects.create(patient=treated, day=TODAY - timedelta(days=n + 1), mood=3)
        write(treated, body=f"Entry {n}")
    # 26: session, user, roles (2); the plan after a session and its check-ins, the next
    # session's preparation, the intention card and its intention, the plan's status, the
    # prompt of the day (assignment, phase, prompts, focus, goals' dimensions), questionnaires
    # due (latest answers, sessions around now, the clinic's rule), the daily check due (one:
    # the clinic's rule, the first session and today's check together; was 25 without it),
    # the circle, the latest tools, goals with their steps, the weekly review, medicines,
    # the unread notifications, the care team. Whatever the patient's history.
    assert count() == few == 26
