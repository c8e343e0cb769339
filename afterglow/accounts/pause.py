"""How long two-step sign-in waits after codes that didn't work, in words a person can use.

django-otp slows guessing on each device: after n wrong codes in a row the device refuses to
check any code, right or wrong, for 2^(n-1) seconds. Without saying so, a person typing the
right code while it waits is told the code was wrong. These helpers find the wait and say it.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# From this many wrong codes in a row, the page says "wait" rather than "try again": the
# wait is 16 seconds, then 32, 64… (shorter waits pass before anyone types again).
SAY_WAIT_FROM = 5


@dataclass(frozen=True)
class Pause:
    until: datetime
    failures: int
    seconds: int


def pause_of(devices: Iterable[Any], now: datetime) -> Pause | None:
    """The wait while every device refuses codes (the shortest of their waits); None as
    soon as one of them checks codes (a backup code still works while the app's waits)."""
    waits: list[Pause] = []
    for device in devices:
        allowed, data = device.verify_is_allowed()
        until = (data or {}).get("locked_until")
        if allowed or until is None or until <= now:
            return None
        seconds = max(1, round((until - now).total_seconds()))
        waits.append(Pause(until=until, failures=data["failure_count"], seconds=seconds))
    return min(waits, key=lambda pause: pause.until, default=None)


def wait_words(seconds: int) -> str:
    """'a few seconds', 'about 3 minutes', 'about 2 hours', 'about 3 days'."""
    if seconds < 45:
        return _("a few seconds")
    minutes = round(seconds / 60)
    if minutes < 90:
        return ngettext("about %(n)d minute", "about %(n)d minutes", minutes) % {"n": minutes}
    hours = round(seconds / 3600)
    if hours < 48:
        return ngettext("about %(n)d hour", "about %(n)d hours", hours) % {"n": hours}
    days = round(seconds / 86400)
    return ngettext("about %(n)d day", "about %(n)d days", days) % {"n": days}
