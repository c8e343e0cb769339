"""Reads of integration: the roadmap, tools, sessions, and what is due or overdue."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from django.db.models import Prefetch
from django.http import HttpRequest

from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.integration.models import (
    Goal,
    GoalStatus,
    IntegrationSession,
    IntegrationSettings,
    SessionStatus,
    Step,
    WeeklyReview,
)
from afterglow.treatments.models import SessionStatus as TreatmentStatus
from afterglow.treatments.models import TreatmentSession

REVIEW_EVERY = timedelta(days=7)


def goals_of(patient: Patient) -> list[Goal]:
    """Goals with their steps: two queries."""
    return list(
        Goal.objects.filter(patient=patient).prefetch_related(
            Prefetch("steps", queryset=Step.objects.order_by("due_date", "created_at"))
        )
    )


def focus_keys(patient: Patient) -> set[tuple[str, str]]:
    """The dimensions and integration areas of active goals, for steering the journal's prompt
    of the day (one query)."""
    keys: set[tuple[str, str]] = set()
    for dimension, area in Goal.objects.filter(
        patient=patient, status=GoalStatus.ACTIVE
    ).values_list("dimension", "area"):
        keys |= {("dimension", dimension), ("area", area)} - {("dimension", ""), ("area", "")}
    return keys


def own_goal(request: HttpRequest, goal_id: UUID) -> Goal:
    return access.own_object(request, Goal.objects.all(), pk=goal_id)


def own_step(request: HttpRequest, step_id: UUID) -> Step:
    return access.own_object(
        request, Step.objects.select_related("goal__patient"), via="goal__patient", pk=step_id
    )


def own_session(request: HttpRequest, session_id: UUID) -> IntegrationSession:
    return access.own_object(request, IntegrationSession.objects.all(), pk=session_id)


def sessions_of(patient: Patient) -> list[IntegrationSession]:
    return list(IntegrationSession.objects.filter(patient=patient).select_related("therapist"))


def latest_tools(patient: Patient) -> IntegrationSession | None:
    return (
        IntegrationSession.objects.filter(patient=patient, note_written_at__isnull=False)
        .order_by("-note_written_at")
        .first()
    )


def next_session(patient: Patient, now: datetime) -> IntegrationSession | None:
    return (
        IntegrationSession.objects.filter(patient=patient, status=SessionStatus.SCHEDULED)
        .order_by("scheduled_for")
        .first()
    )


def review_due(patient: Patient, now: datetime) -> bool:
    if not Goal.objects.filter(patient=patient, status=GoalStatus.ACTIVE).exists():
        return False
    last = WeeklyReview.objects.filter(patient=patient).values_list("created_at", flat=True).first()
    return last is None or now - last >= REVIEW_EVERY


def days_after(patient: Patient) -> int:
    days = (
        IntegrationSettings.objects.filter(clinic_id=patient.clinic_id)
        .values_list("days_after_treatment", flat=True)
        .first()
    )
    return days or 7


@dataclass(frozen=True)
class Overdue:
    treatment: TreatmentSession
    due_by: datetime


def overdue(patient: Patient, now: datetime) -> list[Overdue]:
    """Completed treatments with no integration session within the clinic's days after."""
    window = timedelta(days=days_after(patient))
    treatments = TreatmentSession.objects.filter(
        patient=patient,
        status=TreatmentStatus.COMPLETED,
        ends_at__lte=now - window,
        ends_at__gte=now - window - timedelta(days=60),
    )
    covered = set(
        IntegrationSession.objects.filter(patient=patient).values_list("treatment_id", flat=True)
    )
    later = list(
        IntegrationSession.objects.filter(patient=patient).values_list(
            "created_at", "scheduled_for"
        )
    )
    result = []
    for treatment in treatments:
        if treatment.pk in covered:
            continue
        after = any((when or made) >= treatment.ends_at for made, when in later)
        if not after:
            result.append(Overdue(treatment, treatment.ends_at + window))
    return result
