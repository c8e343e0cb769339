"""Moments in words, the one way pages and notifications name a time: "today at 5 PM",
"tomorrow at 9:30 AM", "Thursday at 5 PM", "Thu, Dec 3 at 3:16 AM".

In the active language, in its own form: "hoy a las 5 p.m.", "jue 3 de dic a la 1 p.m."
(the formats are ``afterglow.lib.formats``; day and month names are Django's translations).

Always in the active time zone (the signed-in person's, see ``PersonTimeZoneMiddleware``)
unless one is given, and relative to the real day there: a page never names today's
weekday as if it were another day.
"""

from datetime import date, datetime, time, tzinfo

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

WEEK_AHEAD = 6  # days ahead that are named by their weekday alone


def clock_of(moment: datetime | time, *, minutes: bool = False) -> str:
    """A wall-clock time as written in the active language: '5 PM' on the hour ('5 p.m.' in
    Spanish), '5:30 PM' otherwise, always with minutes when asked."""
    name = "CLOCK_FORMAT" if moment.minute == 0 and not minutes else "CLOCK_MINUTES_FORMAT"
    return formats.time_format(moment, name)


def clock(moment: datetime, zone: tzinfo | None = None, *, minutes: bool = False) -> str:
    """'5 PM' on the hour, '5:30 PM' otherwise; always with minutes when asked ('saved at
    3:00 AM', where '3 AM' would round a moment that has passed)."""
    return clock_of(timezone.localtime(moment, zone), minutes=minutes)


def day_words(day: date, today: date) -> str:
    """'today', 'tomorrow', 'yesterday', a weekday in the coming week, else 'Thu, Dec 3'
    (with the year when it is not this year's)."""
    ahead = (day - today).days
    if ahead == 0:
        return _("today")
    if ahead == 1:
        return _("tomorrow")
    if ahead == -1:
        return _("yesterday")
    if 1 < ahead <= WEEK_AHEAD:
        return formats.date_format(day, "l")
    name = "WEEKDAY_DATE_FORMAT" if day.year == today.year else "WEEKDAY_DATE_YEAR_FORMAT"
    return formats.date_format(day, name)


def when(moment: datetime, zone: tzinfo | None = None, now: datetime | None = None) -> str:
    """The moment as a person says it: '<day words> at <clock>'."""
    local = timezone.localtime(moment, zone)
    today = timezone.localtime(now or timezone.now(), zone).date()
    words = {"day": day_words(local.date(), today), "time": clock_of(local)}
    if local.hour % 12 == 1:
        # Some languages say one o'clock apart ("a la 1 p.m.", "a las 5 p.m.").
        return pgettext("at one o'clock", "%(day)s at %(time)s") % words
    return _("%(day)s at %(time)s") % words
