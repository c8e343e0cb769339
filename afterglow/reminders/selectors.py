"""Reads for reminders: the bell, the notification list, medicines and adherence."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.http import Http404

from afterglow.clinics.models import Patient
from afterglow.reminders.channels.devices import PushDevice, describe
from afterglow.reminders.models import (
    CalendarFeed,
    Medication,
    MedicationCheck,
    Notification,
    PushSubscription,
    Taken,
)


def unread_count(user: Any) -> int:
    return Notification.objects.filter(user=user, shown=True, read_at__isnull=True).count()


def recent(user: Any, limit: int = 50) -> list[Notification]:
    return list(Notification.objects.filter(user=user, shown=True)[:limit])


def medications_of(patient: Patient) -> list[Medication]:
    return list(Medication.objects.filter(patient=patient, active=True))


@dataclass(frozen=True)
class Adherence:
    days: int
    answers: list[tuple[date, str]]  # newest first
    counts: dict[str, int]

    @property
    def unanswered(self) -> int:
        return self.days - len(self.answers)


def adherence(patient: Patient, today: date, days: int = 14) -> Adherence:
    answers = list(
        MedicationCheck.objects.filter(
            patient=patient, day__gt=today - timedelta(days=days), day__lte=today
        ).values_list("day", "answer")
    )
    counts = Counter(answer for _, answer in answers)
    return Adherence(days, answers, {t.value: counts.get(t.value, 0) for t in Taken})


def today_check(patient: Patient, today: date) -> MedicationCheck | None:
    return MedicationCheck.objects.filter(patient=patient, day=today).first()


def active_feed(user: Any) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()


def feed_owner(token_hash: str, now: datetime) -> Any:
    feed = (
        CalendarFeed.objects.filter(token_hash=token_hash, revoked_at__isnull=True)
        .select_related("user")
        .first()
    )
    if feed is None or not feed.user.is_active:
        raise Http404
    CalendarFeed.objects.filter(pk=feed.pk).update(last_read_at=now)
    return feed.user


def check_owed(patient: Patient, now: datetime) -> bool:
    """Today's "taken as prescribed?" is still unanswered, for someone who lists medicines,
    once the first of today's medicine times has come (at 3 AM nobody has taken the 8 AM
    tablet yet; a medicine without a time is asked about all day)."""
    listed = list(
        Medication.objects.filter(patient=patient, active=True).values_list("times", flat=True)
    )
    if not listed:
        return False
    first = "00:00" if not all(listed) else min(t for times in listed for t in times)
    local = now.astimezone(ZoneInfo(patient.time_zone))
    if local.strftime("%H:%M") < first:
        return False
    return not MedicationCheck.objects.filter(patient=patient, day=local.date()).exists()


def push_devices(user: Any) -> list[PushDevice]:
    """The person's devices with push on, oldest first (one query)."""
    subscriptions = PushSubscription.objects.filter(user=user).order_by("created_at")
    return [describe(s) for s in subscriptions.only("endpoint", "created_at")]
