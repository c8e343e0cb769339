"""Property tests of the schedule engine (hypothesis)."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.treatments.defaults import PROTOCOLS
from afterglow.treatments.schedule import Step, local_day, next_due, steps_from, week_of

PROTOCOL_STEPS = {
    spec["key"]: [
        Step(
            **{
                k: s.get(k)
                for k in ("phase", "label", "min_days", "max_days", "until_week", "until_sessions")
            }
        )
        for s in spec["steps"]
    ]
    for spec in PROTOCOLS
}
steps_strategy = st.sampled_from(list(PROTOCOL_STEPS.values()))
start_strategy = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
gaps_strategy = st.lists(st.integers(min_value=1, max_value=40), min_size=0, max_size=30)


def days_from(start: date, gaps: list[int]) -> list[date]:
    days, day = [], start
    for i, gap in enumerate(gaps):
        day = day if i == 0 else day + timedelta(days=gap)
        days.append(day)
    return days


@given(steps_strategy, start_strategy, gaps_strategy, st.integers(0, 400))
def test_a_due_date_is_never_before_the_last_session(steps, start, gaps, later):
    completed = days_from(start, gaps)
    today = start + timedelta(days=later)
    due = next_due(steps, start=start, completed=completed, today=today)
    if completed:
        assert due.earliest > max(completed)
    assert due.earliest <= due.latest


@given(steps_strategy, start_strategy, gaps_strategy)
def test_the_gaps_match_the_chosen_step(steps, start, gaps):
    completed = days_from(start, gaps)
    due = next_due(steps, start=start, completed=completed, today=start)
    if completed:
        last = max(completed)
        assert (due.earliest - last).days == due.step.min_days
        assert (due.latest - last).days == due.step.max_days
    else:
        assert due.first and due.earliest == start


@given(steps_strategy, start_strategy, gaps_strategy)
def test_the_phase_changes_only_when_the_rule_says(steps, start, gaps):
    completed = days_from(start, gaps)
    due = next_due(steps, start=start, completed=completed, today=start)
    if not completed:
        return
    chosen = steps.index(due.step)
    # Every step before the chosen one has run out, by count or by calendar week.
    for earlier in steps[:chosen]:
        by_count = earlier.until_sessions is not None and len(completed) >= earlier.until_sessions
        candidate = max(completed) + timedelta(days=earlier.max_days)
        by_week = earlier.until_week is not None and week_of(start, candidate) > earlier.until_week
        assert by_count or by_week
    # And the chosen one has not (unless it is the last, open-ended step).
    if due.step is not steps[-1]:
        if due.step.until_sessions is not None:
            assert len(completed) < due.step.until_sessions
        if due.step.until_week is not None:
            assert week_of(start, due.latest) <= due.step.until_week


@given(
    st.sampled_from(
        [
            "America/New_York",
            "Europe/London",
            "Australia/Sydney",
            "America/Los_Angeles",
            "Pacific/Auckland",
        ]
    ),
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
    st.integers(1, 60),
)
@settings(max_examples=200)
def test_daylight_saving_never_moves_a_due_day(zone, moment, gap):
    """Due days are calendar days in the patient's zone, whatever the offset that day."""
    aware = moment.replace(tzinfo=UTC)
    day = local_day(aware, zone)
    assert day == aware.astimezone(ZoneInfo(zone)).date()
    steps = [Step("maintenance", "every gap", gap, gap)]
    due = next_due(steps, start=day, completed=[day], today=day)
    assert (due.earliest - day).days == gap


@given(start_strategy)
def test_starting_in_maintenance_skips_the_induction(start):
    steps = steps_from(PROTOCOL_STEPS["iv-boosters"], "maintenance")
    due = next_due(steps, start=start, completed=[start], today=start)
    assert due.phase == "maintenance" and due.step.min_days == 28
