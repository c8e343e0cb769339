"""Reads for the summary for the next visit: its period, the patient's current one, the one
the care team may read. Access is decided before these are called (clinics/access.py)."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max, Min, Q
from django.db.models.functions import Coalesce

from afterglow.clinics.models import Patient
from afterglow.integration.models import IntegrationSession, SessionStatus
from afterglow.visits.models import Began, VisitSummary


@dataclass(frozen=True)
class Period:
    since: datetime
    began: str  # Began: the last integration session, or joining
    next_session: datetime | None  # the next integration session booked, if any


def period_of(patient: Patient, now: datetime) -> Period:
    """From the last integration session held (done, or booked for a time now past) or, when
    there was none, from joining; with the next one booked. One aggregate."""
    held = Q(status=SessionStatus.DONE) | Q(status=SessionStatus.SCHEDULED, scheduled_for__lte=now)
    found = IntegrationSession.objects.filter(patient=patient).aggregate(
        last=Max(Coalesce("scheduled_for", "note_written_at", "created_at"), filter=held),
        upcoming=Min(
            "scheduled_for", filter=Q(status=SessionStatus.SCHEDULED, scheduled_for__gt=now)
        ),
    )
    last = found["last"]
    if last is not None and last <= now:
        return Period(last, Began.SESSION, found["upcoming"])
    return Period(patient.created_at, Began.ENROLMENT, found["upcoming"])


def current(patient: Patient, period: Period) -> VisitSummary:
    """The patient's summary for this period: saved, or a fresh one with everything in."""
    found = VisitSummary.objects.filter(patient=patient, since=period.since).first()
    return found or VisitSummary(patient=patient, since=period.since, began=period.began)


def latest_shared(patient: Patient) -> VisitSummary | None:
    """The summary the care team may read: the newest one the patient shares now."""
    return (
        VisitSummary.objects.filter(patient=patient, shared_at__isnull=False)
        .order_by("-since")
        .first()
    )
