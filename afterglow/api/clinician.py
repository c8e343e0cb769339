"""The care team's endpoints: the caseload, a patient's timeline, flags, the FHIR export.
A patient calling them gets 404 (as on the pages); every patient read is audited."""

from datetime import datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.pagination import paginate
from pydantic import ConfigDict

from afterglow.api.fhir import bundle_json
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.audit.services import record
from afterglow.careteam.selectors import caseload_rows
from afterglow.careteam.timeline import KINDS, timeline
from afterglow.clinics import access
from afterglow.safety import services as flag_services
from afterglow.safety.forms import ResolveForm
from afterglow.safety.selectors import flag_for_care_team

router = Router(tags=["care team"])


class ScoreOut(Schema):
    total: int
    band: str
    trend: str


class FlagOut(Schema):
    id: UUID
    kind: str
    severity: str
    status: str
    reasons: list[str]
    created_at: datetime


class RowOut(Schema):
    patient_id: UUID
    name: str
    modality: str
    last_session: datetime | None
    next_booked: datetime | None
    next_due_by: str | None
    overdue: bool
    phq9: ScoreOut | None
    gad7: ScoreOut | None
    flags: list[FlagOut]
    cssrs: str = Field(
        "", description="high or moderate with an open C-SSRS flag (these rows come first)"
    )
    last_activity: datetime | None
    newly_shared: int
    missed_check_ins: bool


class ItemOut(Schema):
    when: datetime
    kind: str
    title: str
    detail: str


class ResolveIn(Schema):
    model_config = ConfigDict(extra="forbid")
    note: str


def _score(score: Any) -> dict[str, Any] | None:
    return None if score is None else vars(score)


@router.get("/caseload", response=list[RowOut], summary="Your caseload, most urgent first")
@paginate(Pages)
def caseload(request: HttpRequest) -> Any:
    access.require_clinician(request)
    rows = caseload_rows(request.user, timezone.now())
    record(action="caseload.view", request=request, detail={"patients": len(rows), "api": 1})
    return [
        {
            "patient_id": r.patient_id,
            "name": r.name,
            "modality": r.modality,
            "last_session": r.last_session,
            "next_booked": r.next_booked,
            "next_due_by": r.due.latest.isoformat() if r.due else None,
            "overdue": r.overdue_booster,
            "phq9": _score(r.scores.get("phq9")),
            "gad7": _score(r.scores.get("gad7")),
            "flags": r.flags,  # Flag rows; FlagOut reads them
            "cssrs": r.cssrs_level,
            "last_activity": r.last_activity,
            "newly_shared": r.newly_shared,
            "missed_check_ins": r.missed_check_ins,
        }
        for r in rows
    ]


@router.get(
    "/patients/{patient_id}/timeline",
    response=list[ItemOut],
    summary="Everything you may see of a patient, newest first",
)
@paginate(Pages)
def patient_timeline(request: HttpRequest, patient_id: UUID) -> Any:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id)
    return [
        {"when": i.when, "kind": i.kind, "title": i.title, "detail": i.detail}
        for i in timeline(patient, set(KINDS))
    ]


@router.get("/patients/{patient_id}/fhir", summary="The patient's record as a FHIR R4 Bundle")
def patient_fhir(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="patient.fhir_export")
    return HttpResponse(bundle_json(patient), content_type="application/fhir+json")


@router.post("/flags/{flag_id}/acknowledge", response=FlagOut, summary="Acknowledge a flag")
def flag_acknowledge(request: HttpRequest, flag_id: UUID) -> Any:
    access.require_clinician(request)
    flag = flag_for_care_team(request, flag_id)
    return flag_services.flag_acknowledge(flag=flag, by=request.user, request=request)


@router.post("/flags/{flag_id}/resolve", response=FlagOut, summary="Resolve a flag, with a note")
def flag_resolve(request: HttpRequest, flag_id: UUID, data: ResolveIn) -> Any:
    access.require_clinician(request)
    flag = flag_for_care_team(request, flag_id)
    form = ResolveForm({"note": data.note})
    if not form.is_valid():
        raise form_errors(form)
    resolved = flag_services.flag_resolve(
        flag=flag, by=request.user, request=request, note=form.cleaned_data["note"]
    )
    return resolved
