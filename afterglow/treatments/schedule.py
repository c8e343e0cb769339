"""The schedule engine: when the next session is due, in the patient's own calendar days.

Pure functions over dates, so daylight-saving changes cannot shift a due day: a session's
local calendar day is what counts, and gaps are whole days.

- The next session falls in the first step whose limits it does not pass: a step ends after
  ``until_sessions`` completed sessions, or once its due window would reach past week
  ``until_week`` (week 1 is the plan's first 7 days). So twice a week for weeks 1-4 gives
  eight sessions, and the ninth comes a week after the eighth.
- Only completed sessions move the plan on. A missed or cancelled one changes nothing but the
  calendar: the next session stays due from the last completed one, so the patient shows as
  overdue until they are rebooked.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Step:
    phase: str
    label: str
    min_days: int
    max_days: int
    until_week: int | None = None
    until_sessions: int | None = None


@dataclass(frozen=True)
class Due:
    step: Step
    earliest: date
    latest: date
    today: date
    first: bool = False

    @property
    def overdue(self) -> bool:
        return self.today > self.latest

    @property
    def days_overdue(self) -> int:
        return max(0, (self.today - self.latest).days)

    @property
    def phase(self) -> str:
        return self.step.phase


def local_day(moment: datetime, zone: str) -> date:
    return moment.astimezone(ZoneInfo(zone)).date()


def week_of(start: date, day: date) -> int:
    return (day - start).days // 7 + 1


def choose_step(steps: list[Step], *, start: date, last: date, done: int) -> Step:
    for step in steps:
        if step.until_sessions is not None and done >= step.until_sessions:
            continue
        candidate = last + timedelta(days=step.max_days)
        if step.until_week is not None and week_of(start, candidate) > step.until_week:
            continue
        return step
    return steps[-1]


def next_due(steps: list[Step], *, start: date, completed: list[date], today: date) -> Due:
    """``completed``: the local days of the plan's completed sessions (any order)."""
    in_plan = [day for day in completed if day >= start]
    return due_after(
        steps, start=start, done=len(in_plan), last=max(in_plan, default=None), today=today
    )


def due_after(steps: list[Step], *, start: date, done: int, last: date | None, today: date) -> Due:
    """The same from a summary: ``done`` sessions on or after ``start``, the latest on ``last``."""
    if not steps:
        raise ValueError("A plan needs at least one step")
    if last is None or done == 0:
        return Due(step=steps[0], earliest=start, latest=start, today=today, first=True)
    step = choose_step(steps, start=start, last=last, done=done)
    return Due(
        step=step,
        earliest=last + timedelta(days=step.min_days),
        latest=last + timedelta(days=step.max_days),
        today=today,
    )


def steps_from(steps: list[Step], start_phase: str) -> list[Step]:
    """A plan that starts in maintenance skips the protocol's earlier steps."""
    for index, step in enumerate(steps):
        if step.phase == start_phase:
            return steps[index:]
    return steps
