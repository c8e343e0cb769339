"""The two shipped protocols, worked through by hand."""

from datetime import date, timedelta

from afterglow.treatments.schedule import next_due
from afterglow.treatments.tests.test_schedule_properties import PROTOCOL_STEPS

SPRAVATO = PROTOCOL_STEPS["spravato-label"]
IV = PROTOCOL_STEPS["iv-boosters"]
START = date(2026, 3, 2)  # a Monday


def on(*days: int) -> list[date]:
    return [START + timedelta(days=d) for d in days]


def test_spravato_is_twice_a_week_for_four_weeks():
    due = next_due(SPRAVATO, start=START, completed=on(0, 3, 7), today=START)
    assert due.phase == "induction"
    assert (due.earliest, due.latest) == (START + timedelta(days=10), START + timedelta(days=11))


def test_spravato_turns_weekly_in_week_five():
    due = next_due(SPRAVATO, start=START, completed=on(0, 3, 7, 10, 14, 17, 21, 24), today=START)
    assert due.step.label.startswith("Weeks 5")
    assert due.earliest == START + timedelta(days=31)


def test_spravato_from_week_nine_is_every_one_to_two_weeks():
    weekly = [28, 35, 42, 49]
    due = next_due(
        SPRAVATO, start=START, completed=on(0, 3, 7, 10, 14, 17, 21, 24, *weekly), today=START
    )
    assert due.step.label.startswith("From week 9")
    assert (due.earliest, due.latest) == (START + timedelta(days=56), START + timedelta(days=63))


def test_iv_boosters_start_after_six_infusions():
    five = next_due(IV, start=START, completed=on(0, 2, 5, 8, 12), today=START)
    assert five.phase == "induction"
    six = next_due(IV, start=START, completed=on(0, 2, 5, 8, 12, 16), today=START)
    assert six.phase == "maintenance"
    assert six.earliest == six.latest == START + timedelta(days=16 + 28)


def test_a_missed_session_leaves_the_plan_where_it_was():
    """Only completed sessions count: after a missed booster the patient is overdue."""
    completed = on(0, 2, 5, 8, 12, 16)
    due = next_due(IV, start=START, completed=completed, today=START + timedelta(days=50))
    assert due.overdue and due.days_overdue == 50 - 44


def test_a_plan_with_no_sessions_starts_on_its_start_date():
    due = next_due(IV, start=START, completed=[], today=START - timedelta(days=3))
    assert due.first and due.earliest == START and not due.overdue
