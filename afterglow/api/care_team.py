"""The clinic admin's care-team changes: who follows a patient after enrolment. An admin
manages people, not clinical content: these endpoints show names, never records."""

from typing import Any
from uuid import UUID

from django.db import transaction
from django.http import Http404, HttpRequest
from ninja import Field, Path, Router, Schema, Status

from afterglow.api.base import MAX_ID, Strict, Whole, answers
from afterglow.api.problems import Problem, form_errors
from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.clinics.forms import CareTeamAddForm
from afterglow.clinics.models import CareTeamMember
from afterglow.clinics.services import care_team_add, care_team_remove

router = Router(tags=["clinic admin"])


class MemberOut(Schema):
    id: int
    full_name: str
    email: str


class CareTeamOut(Schema):
    patient_id: UUID
    clinicians: list[MemberOut]


class AddIn(Strict):
    clinician_id: Whole = Field(ge=1, le=MAX_ID)


def _team(patient: Any) -> dict[str, Any]:
    return {"patient_id": patient.pk, "clinicians": patient.care_team.order_by("full_name")}


@router.get("/clinic/patients/{patient_id}/care-team", response=answers({200: CareTeamOut}, 404))
def care_team(request: HttpRequest, patient_id: UUID) -> Any:
    """The clinicians on a patient's care team."""
    patient = access.patient_of_clinic(request, patient_id)
    record(action="care_team.view", request=request, patient=patient)
    return _team(patient)


@router.post("/clinic/patients/{patient_id}/care-team", response=answers({201: CareTeamOut}, 404))
def care_team_join(request: HttpRequest, patient_id: UUID, data: AddIn) -> Any:
    """Add a clinician of the clinic to the patient's care team (already on it: no change)."""
    patient = access.patient_of_clinic(request, patient_id)
    if not access.clinicians_of(patient.clinic).filter(pk=data.clinician_id).exists():
        raise Problem(404, "No such clinician", "Name a clinician of this clinic.")
    form = CareTeamAddForm({"clinician": data.clinician_id}, clinic=patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    care_team_add(
        patient=patient, clinician=form.cleaned_data["clinician"], by=request.user, request=request
    )
    return Status(201, _team(patient))


@router.delete(
    "/clinic/patients/{patient_id}/care-team/{clinician_id}", response=answers({204: None}, 404)
)
def care_team_leave(
    request: HttpRequest,
    patient_id: UUID,
    clinician_id: int = Path(..., ge=1, le=MAX_ID),
) -> Any:
    """Take a clinician off the patient's care team: they stop seeing the patient at once."""
    patient = access.patient_of_clinic(request, patient_id)
    with transaction.atomic():
        link = CareTeamMember.objects.filter(patient=patient, clinician_id=clinician_id).first()
        if link is None:
            raise Http404
        care_team_remove(link=link, by=request.user, request=request)
    return Status(204, None)
