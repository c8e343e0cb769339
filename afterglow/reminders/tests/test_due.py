"""What is due and when, kind by kind, in the patient's own clock."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.reminders.due import due_items
from afterglow.reminders.models import Medication, MedicationCheck
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.treatments import completed_session, scheduled_session
from afterglow.treatments.models import MaintenancePlan, Protocol

NY = ZoneInfo("America/New_York")


def at(*args):
    return datetime(*args, tzinfo=NY)


def by_kind(items, kind):
    return [item for item in items if item.kind == kind]


@pytest.fixture
def pat(people):
    patient = people.pat
    patient.user.time_zone = "America/New_York"
    patient.user.save()
    return patient


def test_evening_and_morning_check_ins_follow_the_session(pat, time_machine):
    session = completed_session(pat, ended=at(2026, 3, 10, 11, 0))
    now = at(2026, 3, 10, 12)
    items = by_kind(due_items(pat, prefs(pat.user), now), "check_in")
    assert [i.key for i in items] == [
        f"check-in:{session.pk}:evening",
        f"check-in:{session.pk}:morning",
    ]
    evening, morning = items
    assert evening.due_at == at(2026, 3, 10, 17) and morning.due_at == at(2026, 3, 11, 5)
    # Two days later both windows have closed: nothing to remind of.
    assert not by_kind(due_items(pat, prefs(pat.user), at(2026, 3, 12, 1)), "check_in")


def test_preparation_the_evening_before_and_integration_the_day_before(pat):
    session = scheduled_session(pat, starts=at(2026, 3, 12, 10))
    meeting = IntegrationSession.objects.create(patient=pat, scheduled_for=at(2026, 3, 12, 15))
    items = due_items(pat, prefs(pat.user), at(2026, 3, 11, 8))
    (prep,) = by_kind(items, "preparation")
    assert prep.key == f"prep:{session.pk}:2026-03-12" and prep.due_at == at(2026, 3, 11, 17)
    (integration,) = by_kind(items, "integration")
    assert integration.key.startswith(f"integration:{meeting.pk}")
    assert integration.due_at == at(2026, 3, 11, 17)


def test_questionnaires_and_the_circle_come_at_the_daily_time(pat):
    items = due_items(pat, prefs(pat.user, daily_at=time(8, 30)), at(2026, 3, 11, 7))
    (questionnaire,) = by_kind(items, "questionnaire")  # never answered: the baseline
    (circle,) = by_kind(items, "circle")
    assert questionnaire.due_at == circle.due_at == at(2026, 3, 11, 8, 30)
    assert questionnaire.key == "questionnaire:first" and circle.key == "circle:first"


def test_daily_time_on_the_day_clocks_change_stays_on_the_local_clock(pat):
    # 8 March 2026: New York springs forward at 02:00.
    before = due_items(pat, prefs(pat.user), at(2026, 3, 7, 12))
    after = due_items(pat, prefs(pat.user), at(2026, 3, 8, 12))
    assert by_kind(before, "circle")[0].due_at.astimezone(UTC).hour == 14  # 09:00 EST
    assert by_kind(after, "circle")[0].due_at.astimezone(UTC).hour == 13  # 09:00 EDT


def test_medicines_at_their_times_and_the_daily_check(pat):
    Medication.objects.create(patient=pat, name="Sertraline", times=["08:00", "20:00"])
    Medication.objects.create(patient=pat, name="Vitamin D", times=["08:00"])
    items = by_kind(due_items(pat, prefs(pat.user), at(2026, 3, 11, 7)), "medications")
    assert [i.key for i in items] == [
        "medicines-at:2026-03-11:08:00",
        "medicines-at:2026-03-11:20:00",
        "medicines-check:2026-03-11",
    ]
    assert all("Sertraline" not in i.title and "Vitamin" not in i.title for i in items)
    MedicationCheck.objects.create(patient=pat, day=date(2026, 3, 11), answer="yes")
    items = by_kind(due_items(pat, prefs(pat.user), at(2026, 3, 11, 7)), "medications")
    assert "medicines-check:2026-03-11" not in [i.key for i in items]


def test_steps_on_their_day_and_homework_when_given(pat):
    goal = Goal.objects.create(patient=pat, title="Walk", dimension="body")
    step = Step.objects.create(goal=goal, title="Walk to the park", due_date=date(2026, 3, 11))
    Step.objects.create(goal=goal, title="Later", due_date=date(2026, 3, 20))
    items = due_items(pat, prefs(pat.user), at(2026, 3, 11, 10))
    assert [i.key for i in by_kind(items, "steps")] == [f"step:{step.pk}:2026-03-11"]
    given = IntegrationSession.objects.create(patient=pat, status="done")
    homework = Step.objects.create(
        goal=goal, title="Breathe", from_session=given, created_at=at(2026, 3, 11, 9)
    )
    items = due_items(pat, prefs(pat.user), at(2026, 3, 11, 10))
    (item,) = by_kind(items, "homework")
    assert item.key == f"homework-step:{homework.pk}" and item.due_at == at(2026, 3, 11, 9)


def test_the_next_session_when_due_and_when_overdue(pat, people):
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    MaintenancePlan.objects.create(
        patient=pat, protocol=protocol, start_date=date(2026, 1, 1), start_phase="maintenance"
    )
    completed_session(pat, ended=at(2026, 1, 2, 12), modality="iv")
    late = by_kind(due_items(pat, prefs(pat.user), at(2026, 6, 1, 12)), "session")
    assert len(late) == 1 and late[0].key.startswith("session-overdue:")
    scheduled_session(pat, starts=at(2026, 6, 5, 10), modality="iv")
    assert not by_kind(due_items(pat, prefs(pat.user), at(2026, 6, 1, 12)), "session")


def test_no_session_no_reminder_of_one(pat):
    items = due_items(pat, prefs(pat.user), datetime(2026, 3, 11, 12, tzinfo=UTC))
    assert not by_kind(items, "session") and not by_kind(items, "check_in")
