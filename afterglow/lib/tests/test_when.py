"""Moments in words: today's weekday is never named as if it were another day."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from afterglow.lib.when import clock, day_words, when

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)  # Thursday 10 AM in Chicago


def test_it_says_today_tomorrow_and_yesterday():
    assert when(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "today at 5 PM"
    assert when(datetime(2026, 3, 13, 14, 30, tzinfo=UTC), CHICAGO, NOW) == "tomorrow at 9:30 AM"
    assert when(datetime(2026, 3, 11, 8, 16, tzinfo=UTC), CHICAGO, NOW) == "yesterday at 3:16 AM"


def test_the_day_is_the_persons_not_utcs():
    # 11 PM in Chicago is already the next day in UTC: still "today" for the person.
    assert when(datetime(2026, 3, 13, 4, 0, tzinfo=UTC), CHICAGO, NOW) == "today at 11 PM"


def test_the_coming_week_by_weekday_then_dates():
    assert when(datetime(2026, 3, 17, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "Tuesday at 5 PM"
    assert when(datetime(2026, 3, 20, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "Fri, Mar 20 at 5 PM"
    assert when(datetime(2026, 3, 9, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "Mon, Mar 9 at 5 PM"
    assert day_words(date(2027, 1, 4), date(2026, 3, 12)) == "Mon, Jan 4, 2027"


def test_the_clock_drops_zero_minutes():
    assert clock(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO) == "5 PM"
    assert clock(datetime(2026, 3, 12, 22, 5, tzinfo=UTC), CHICAGO) == "5:05 PM"
    assert clock(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO, minutes=True) == "5:00 PM"
