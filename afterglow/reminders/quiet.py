"""Quiet hours, in the person's own clock. They may wrap midnight (21:00 to 08:00)."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


def is_quiet(moment: datetime, zone: str, start: time | None, end: time | None) -> bool:
    if start is None or end is None or start == end:
        return False
    local = moment.astimezone(ZoneInfo(zone)).time()
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_ends_after(moment: datetime, zone: str, end: time) -> datetime:
    """The next time the clock shows ``end`` in ``zone``, after ``moment``."""
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    ends = datetime.combine(local.date(), end, tzinfo=tz)
    return (
        ends
        if ends > moment
        else datetime.combine(local.date() + timedelta(days=1), end, tzinfo=tz)
    )


def at_local(day_moment: datetime, zone: str, clock: time) -> datetime:
    """``clock`` on the person's local day of ``day_moment``, as an aware datetime. On the
    night a clock skips an hour, a time inside the gap comes out an hour later (fold=0)."""
    tz = ZoneInfo(zone)
    local_day = day_moment.astimezone(tz).date()
    return datetime.combine(local_day, clock, tzinfo=tz)
