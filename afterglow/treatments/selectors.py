"""Reads about a patient's treatments. Callers have passed an access check in clinics.access."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from afterglow.clinics.models import Patient
from afterglow.treatments.models import (
    Intention,
    MaintenancePlan,
    Modality,
    MonitoringRecord,
    ProtocolStep,
    SessionStatus,
    TreatmentSession,
)
from afterglow.treatments.schedule import Due, Step, local_day, next_due, steps_from

REMS_FLAG_DAYS = 5  # the REMS form is due within 7 days; flag it at 5


@dataclass(frozen=True)
class PlanStatus:
    plan: MaintenancePlan
    due: Due
    next_scheduled: TreatmentSession | None


def plan_of(patient: Patient) -> MaintenancePlan | None:
    return (
        MaintenancePlan.objects.select_related("protocol")
        .prefetch_related(
            Prefetch("protocol__steps", queryset=ProtocolStep.objects.order_by("order"))
        )
        .filter(patient=patient)
        .first()
    )


def sessions_of(patient: Patient) -> list[TreatmentSession]:
    """Newest first, each knowing whether its REMS monitoring record is complete."""
    return list(
        TreatmentSession.objects.filter(patient=patient)
        .select_related("clinician", "intention")
        .annotate(
            monitoring_done=Exists(
                MonitoringRecord.objects.filter(session=OuterRef("pk"), completed_at__isnull=False)
            )
        )
    )


def monitoring_missing(now: datetime) -> QuerySet[TreatmentSession]:
    """Spravato sessions that ended 5 or more days ago without a completed REMS record."""
    return (
        TreatmentSession.objects.filter(
            modality=Modality.SPRAVATO,
            status=SessionStatus.COMPLETED,
            ends_at__lte=now - timedelta(days=REMS_FLAG_DAYS),
            ends_at__gte=now - timedelta(days=60),
        )
        .exclude(monitoring__completed_at__isnull=False)
        .select_related("patient")
    )


def plan_status(patient: Patient, now: datetime | None = None) -> PlanStatus | None:
    plan = plan_of(patient)
    if plan is None:
        return None
    now = now or timezone.now()
    completed = TreatmentSession.objects.filter(
        patient=patient, status=SessionStatus.COMPLETED
    ).values_list("starts_at", flat=True)
    due = due_of(plan, list(completed), zone=patient.time_zone, now=now)
    return PlanStatus(plan=plan, due=due, next_scheduled=next_scheduled(patient, now))


def plan_steps(plan: MaintenancePlan) -> list[Step]:
    steps = [
        Step(s.phase, s.label, s.min_days, s.max_days, s.until_week, s.until_sessions)
        for s in plan.protocol.steps.all()
    ]
    return steps_from(steps, plan.start_phase)


def due_of(plan: MaintenancePlan, completed: list[datetime], *, zone: str, now: datetime) -> Due:
    """The plan's next due window from the starts of its completed sessions."""
    return next_due(
        plan_steps(plan),
        start=plan.start_date,
        completed=[local_day(moment, zone) for moment in completed],
        today=local_day(now, zone),
    )


def next_scheduled(patient: Patient, now: datetime | None = None) -> TreatmentSession | None:
    return (
        TreatmentSession.objects.filter(
            patient=patient, status=SessionStatus.SCHEDULED, starts_at__gte=now or timezone.now()
        )
        .order_by("starts_at")
        .first()
    )


@dataclass(frozen=True)
class IntentionCard:
    session: TreatmentSession
    intention: Intention | None


def intention_card(patient: Patient, now: datetime) -> IntentionCard | None:
    """The next booked session if it starts before the end of tomorrow (the patient's days):
    from the day before, the patient may set an intention for it."""
    tz = ZoneInfo(patient.time_zone)
    end_of_tomorrow = datetime.combine(
        now.astimezone(tz).date() + timedelta(days=2), time(0), tzinfo=tz
    )
    session = (
        TreatmentSession.objects.filter(
            patient=patient,
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now,
            starts_at__lt=end_of_tomorrow,
        )
        .order_by("starts_at")
        .first()
    )
    if session is None:
        return None
    return IntentionCard(session=session, intention=intention_of(session))


def intention_of(session: TreatmentSession) -> Intention | None:
    return Intention.objects.filter(session=session).first()


def shared_intentions(patient: Patient) -> QuerySet[Intention]:
    """What the care team may read: intentions the patient shares right now, newest first."""
    return (
        Intention.objects.filter(session__patient=patient, shared_at__isnull=False)
        .select_related("session")
        .order_by("-session__starts_at")
    )
