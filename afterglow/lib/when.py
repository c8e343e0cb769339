"""Moments in words, the one way pages and notifications name a time: "today at 5 PM",
"tomorrow at 9:30 AM", "Thursday at 5 PM", "Thu, Dec 3 at 3:16 AM".

Always in the active time zone (the signed-in person's, see ``PersonTimeZoneMiddleware``)
unless one is given, and relative to the real day there: a page never names today's
weekday as if it were another day.
"""

from datetime import date, datetime, tzinfo

from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

WEEK_AHEAD = 6  # days ahead that are named by their weekday alone


def clock(moment: datetime, zone: tzinfo | None = None, *, minutes: bool = False) -> str:
    """'5 PM' on the hour, '5:30 PM' otherwise; always with minutes when asked ('saved at
    3:00 AM', where '3 AM' would round a moment that has passed)."""
    local = timezone.localtime(moment, zone)
    return date_format(local, "g A" if local.minute == 0 and not minutes else "g:i A")


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
        return date_format(day, "l")
    return date_format(day, "D, M j" if day.year == today.year else "D, M j, Y")


def when(moment: datetime, zone: tzinfo | None = None, now: datetime | None = None) -> str:
    """The moment as a person says it: '<day words> at <clock>'."""
    local = timezone.localtime(moment, zone)
    today = timezone.localtime(now or timezone.now(), zone).date()
    return _("%(day)s at %(time)s") % {
        "day": day_words(local.date(), today),
        "time": clock(local, zone),
    }
