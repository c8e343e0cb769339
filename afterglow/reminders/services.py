"""Writes for reminders: preferences, medicines and their daily check, the calendar link,
reading notifications. Each audited, with no content in the audit row."""

import hashlib
import secrets
from datetime import date, datetime, time
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.reminders.models import (
    CalendarFeed,
    Medication,
    MedicationCheck,
    Notification,
    Preference,
)


@transaction.atomic
def preference_save(
    *,
    user: Any,
    off: list[str],
    in_app: bool,
    email: bool,
    quiet_start: time | None,
    quiet_end: time | None,
    daily_at: time | None,
    time_zone: str,
    request: HttpRequest | None,
) -> Preference:
    pref, _ = Preference.objects.get_or_create(user=user)
    pref.off = off
    pref.in_app = in_app
    pref.email = email
    pref.quiet_start, pref.quiet_end = quiet_start, quiet_end
    if daily_at is not None:
        pref.daily_at = daily_at
    pref.email_bounced_at = None  # saving says "try my address again"
    pref.save()
    if user.time_zone != time_zone:
        user.time_zone = time_zone
        user.save(update_fields=["time_zone"])
    record(action="reminders.preferences", request=request, actor=user, obj=pref)
    return pref


@transaction.atomic
def medication_add(
    *, patient: Patient, name: str, dose: str, times: list[str], request: HttpRequest | None
) -> Medication:
    medication = Medication.objects.create(
        patient=patient, name=name.strip(), dose=dose.strip() or None, times=times
    )
    record(action="medication.add", request=request, patient=patient, obj=medication)
    return medication


@transaction.atomic
def medication_stop(*, medication: Medication, request: HttpRequest | None) -> None:
    medication.active = False
    medication.stopped_at = timezone.now()
    medication.save(update_fields=["active", "stopped_at"])
    record(action="medication.stop", request=request, patient=medication.patient, obj=medication)


@transaction.atomic
def medication_check(
    *, patient: Patient, day: date, answer: str, request: HttpRequest | None
) -> MedicationCheck:
    check, _ = MedicationCheck.objects.update_or_create(
        patient=patient, day=day, defaults={"answer": answer, "created_at": timezone.now()}
    )
    record(
        action="medication.check",
        request=request,
        patient=patient,
        obj=check,
        detail={"day": day.isoformat()},
    )
    return check


def feed_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def feed_create(*, user: Any, request: HttpRequest | None) -> str:
    """A new secret link; any older one stops working. The secret is shown once."""
    CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    token = secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(user=user, token_hash=feed_hash(token))
    record(action="calendar.create", request=request, actor=user, obj=feed)
    return token


@transaction.atomic
def feed_revoke(*, user: Any, request: HttpRequest | None) -> int:
    revoked = CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    record(action="calendar.revoke", request=request, actor=user, detail={"links": revoked})
    return revoked


def notification_read(notification: Notification, now: datetime) -> None:
    """Reading is not a record worth auditing; it only clears the bell."""
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk).update(read_at=now)


def notifications_read_all(user: Any, now: datetime) -> int:
    return Notification.objects.filter(user=user, shown=True, read_at__isnull=True).update(
        read_at=now
    )
