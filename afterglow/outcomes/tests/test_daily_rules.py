"""The daily check's rules, on their own: when it is due, and when a drop raises a flag."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from afterglow.outcomes.daily import INDUCTION_DAYS, drop_reasons, is_due_day

DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 1, 1))
MOODS = st.integers(min_value=1, max_value=5)


@given(DAYS, DAYS)
def test_induction_is_daily_for_28_days_then_twice_a_week(first, today):
    due = is_due_day("induction", today, first)
    if today < first:
        assert not due
    elif (today - first).days < INDUCTION_DAYS:
        assert due
    else:
        assert due == (today.weekday() in (0, 3))


@given(DAYS)
def test_off_is_never_due_and_daily_always(today):
    assert not is_due_day("off", today, None) and is_due_day("daily", today, None)


@given(DAYS, st.lists(st.tuples(st.integers(1, 20), MOODS), max_size=20), MOODS)
def test_a_mood_at_or_above_every_earlier_one_never_flags(today, history, mood):
    earlier = [(today - timedelta(days=n), m) for n, m in history]
    if all(m <= mood for _, m in earlier) and mood > 1:
        assert drop_reasons(today, mood, earlier) == []


def test_three_days_at_the_bottom_flag():
    today = date(2026, 3, 20)
    earlier = [(today - timedelta(days=1), 1), (today - timedelta(days=2), 1)]
    assert drop_reasons(today, 1, earlier) == ["daily_low_days"]
    gap = [(today - timedelta(days=1), 1), (today - timedelta(days=3), 1)]
    assert drop_reasons(today, 1, gap) == []


def test_a_fall_of_two_against_the_14_day_average_flags():
    today = date(2026, 3, 20)
    earlier = [(today - timedelta(days=n), 4) for n in (1, 3, 5)]
    assert drop_reasons(today, 2, earlier) == ["daily_fall"]
    assert drop_reasons(today, 3, earlier) == []
    old = [(today - timedelta(days=n), 5) for n in (15, 16, 17)]
    assert drop_reasons(today, 2, old) == []  # outside the 14 days
