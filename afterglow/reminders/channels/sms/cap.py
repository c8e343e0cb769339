"""The monthly limit on text reminders.

Each clinic sets its own (``Clinic.sms_monthly_cap``); a clinic that sets none has the
server's ``AFTERGLOW_SMS_MONTHLY_CAP``. A month runs from midnight on the 1st in the clinic's
time zone. Once a person has had the month's texts, the rest of the month's reminders reach
them by email and push only: each text not sent is recorded on its delivery (``capped``), and
the first of the month is audited (``sms.capped``, with the limit, never the number).

Counted: texts sent, and texts being sent (claimed), this month. A sender counts after it
has claimed its own delivery, so two senders racing each see the other and the limit is
never passed (at worst one text fewer, if the other then fails).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q

from afterglow.audit.services import record
from afterglow.clinics.models import Clinic
from afterglow.reminders.models import Delivery, DeliveryState

CHANNEL = "sms"


@dataclass(frozen=True)
class Allowance:
    cap: int
    time_zone: str


def allowance(user: Any) -> Allowance:
    """The limit of the person's clinic (the lowest, for someone in several) and its time zone."""
    default = settings.AFTERGLOW_SMS_MONTHLY_CAP
    clinics = Clinic.objects.filter(Q(patients__user=user) | Q(memberships__user=user))
    found = [
        Allowance(default if c.sms_monthly_cap is None else c.sms_monthly_cap, c.time_zone)
        for c in clinics.distinct().order_by("pk")
    ]
    if not found:
        return Allowance(default, user.time_zone or settings.TIME_ZONE)
    return min(found, key=lambda a: a.cap)


def month_start(now: datetime, time_zone: str) -> datetime:
    local = now.astimezone(ZoneInfo(time_zone))
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def texts_used(user: Any, since: datetime) -> int:
    return Delivery.objects.filter(
        channel=CHANNEL,
        notification__user=user,
        state__in=[DeliveryState.SENT, DeliveryState.SENDING],
        claimed_at__gte=since,
    ).count()


def over_cap(user: Any, now: datetime) -> bool:
    """For a delivery already claimed (so counted): is it past the person's limit? The first
    refusal of a month is audited."""
    limit = allowance(user)
    start = month_start(now, limit.time_zone)
    if texts_used(user, start) <= limit.cap:
        return False
    earlier = Delivery.objects.filter(
        channel=CHANNEL,
        notification__user=user,
        state=DeliveryState.CAPPED,
        claimed_at__gte=start,
    )
    if not earlier.exists():
        record(action="sms.capped", actor=user, detail={"cap": limit.cap})
    return True
