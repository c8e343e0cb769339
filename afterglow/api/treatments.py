"""The patient's treatments and when the next one is due; the shapes the care team's
treatment endpoints share."""

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from afterglow.api.base import OneOf, answers
from afterglow.api.pages import Pages
from afterglow.clinics import access
from afterglow.treatments import selectors as treatments
from afterglow.treatments.models import Modality, Phase, SessionStatus
from afterglow.treatments.selectors import PlanStatus

router = Router(tags=["treatments"])

ModalityCode = Annotated[str, OneOf(Modality.values)]
StatusCode = Annotated[str, OneOf(SessionStatus.values)]
PhaseCode = Annotated[str, OneOf(Phase.values)]


class TreatmentOut(Schema):
    id: UUID
    modality: ModalityCode
    status: StatusCode
    starts_at: datetime
    ends_at: datetime | None


class PlanOut(Schema):
    protocol: str = Field(description="The name of the protocol the plan follows.")
    phase: PhaseCode
    step: str = Field(description="The stretch of the protocol the next session is in.")
    next_due_from: date
    next_due_by: date
    overdue: bool
    next_booked: datetime | None


def plan_out(status: PlanStatus | None) -> dict[str, Any] | None:
    if status is None:
        return None
    booked = status.next_scheduled
    return {
        "protocol": status.plan.protocol.name,
        "phase": status.due.phase,
        "step": status.due.step.label,
        "next_due_from": status.due.earliest,
        "next_due_by": status.due.latest,
        "overdue": status.due.overdue,
        "next_booked": booked.starts_at if booked else None,
    }


@router.get("/treatments", response=answers({200: list[TreatmentOut]}, 404))
@paginate(Pages)
def sessions(request: HttpRequest) -> Any:
    """Your treatment sessions, newest first."""
    return treatments.sessions_of(access.own_patient(request))


@router.get("/treatments/next", response=answers({200: PlanOut, 204: None}, 404))
def next_due(request: HttpRequest) -> Any:
    """When your next session is due (204 while you have no maintenance plan)."""
    found = plan_out(treatments.plan_status(access.own_patient(request)))
    return Status(204, None) if found is None else found
