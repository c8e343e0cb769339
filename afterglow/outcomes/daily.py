"""The daily check: when it is due (the clinic's rule), and when a drop is worth a flag.

Both are pure functions of days and numbers, so the rules are tested on their own
(``tests/test_daily_rules.py``, with hypothesis).

- Due: never (off); every day; or every day for 28 days from the first completed session,
  then on Mondays and Thursdays. Never before the first completed session for the
  induction rule (there is nothing yet to follow).
- Drop: three checks on three days in a row at the bottom of the scale (1), or a mood 2 or
  more points below the average of the checks of the 14 days before (at least 3 of them).
"""

from collections.abc import Sequence
from datetime import date, timedelta

BOTTOM = 1
LOW_DAYS = 3
FALL = 2
WINDOW = 14
MIN_EARLIER = 3
INDUCTION_DAYS = 28
TWICE_WEEKLY = (0, 3)  # Monday, Thursday


def is_due_day(rule: str, today: date, first_session: date | None) -> bool:
    if rule == "off":
        return False
    if rule == "daily":
        return True
    if first_session is None or today < first_session:
        return False
    if (today - first_session).days < INDUCTION_DAYS:
        return True
    return today.weekday() in TWICE_WEEKLY


def drop_reasons(today: date, mood: int, earlier: Sequence[tuple[date, int]]) -> list[str]:
    """``earlier``: (day, mood) of the patient's checks before ``today``, any order."""
    reasons = []
    by_day = dict(earlier)
    run = [today - timedelta(days=n) for n in range(1, LOW_DAYS)]
    if mood == BOTTOM and all(by_day.get(day) == BOTTOM for day in run):
        reasons.append("daily_low_days")
    window = [m for d, m in earlier if today - timedelta(days=WINDOW) <= d < today]
    if len(window) >= MIN_EARLIER and sum(window) / len(window) - mood >= FALL:
        reasons.append("daily_fall")
    return reasons
