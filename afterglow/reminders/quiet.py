"""Quiet hours, in the person's own clock. They may wrap midnight (21:00 to 08:00)."""

from datetime import datetime, time
from zoneinfo import ZoneInfo


def is_quiet(moment: datetime, zone: str, start: time | None, end: time | None) -> bool:
    if start is None or end is None or start == end:
        return False
    local = moment.astimezone(ZoneInfo(zone)).time()
    if start < end:
        return start <= local < end
    return local >= start or local < end


def at_local(day_moment: datetime, zone: str, clock: time) -> datetime:
    """``clock`` on the person's local day of ``day_moment``, as an aware datetime. On the
    night a clock skips an hour, a time inside the gap comes out an hour later (fold=0)."""
    tz = ZoneInfo(zone)
    local_day = day_moment.astimezone(tz).date()
    return datetime.combine(local_day, clock, tzinfo=tz)
