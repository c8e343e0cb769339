"""The clinic admin's care-team changes: who follows a patient after enrolment. An admin
manages people, not clinical content: these endpoints show names, never records.

Every change goes through the admin page's own form and service (``CareTeamForm`` and
``care_team_set``): the same choices (the clinic's active clinicians, and those already on the
team), each joining and leaving audited."""

from typing import Any
from uuid import UUID

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Field, Path, Router, Schema, Status

from afterglow.api.base import MAX_ID, Id, Strict, answers
from afterglow.api.problems import Problem, form_errors
from afterglow.clinics import access
from afterglow.clinics.forms import CareTeamForm
from afterglow.clinics.models import Patient
from afterglow.clinics.services import care_team_set

router = Router(tags=["clinic admin"])


class MemberOut(Schema):
    id: int
    full_name: str
    email: str
    active: bool = Field(description="False: deactivated (still listed until taken off).")

    @staticmethod
    def resolve_active(user: Any) -> bool:
        return bool(user.is_active)


class CareTeamOut(Schema):
    patient_id: UUID
    clinicians: list[MemberOut]


class AddIn(Strict):
    clinician_id: Id


class TeamIn(Strict):
    clinician_ids: list[Id] = Field(
        max_length=100, description="The whole care team (an empty list: nobody follows them)."
    )


def _team(patient: Patient) -> dict[str, Any]:
    return {"patient_id": patient.pk, "clinicians": patient.care_team.order_by("full_name")}


def _save(request: HttpRequest, patient: Patient, current: list[Any], wanted: set[int]) -> None:
    """The page's form and service, given the ids of the whole team wanted. An id that is not
    one of the choices (a clinician of another clinic, a deactivated one joining, anyone who
    is not a clinician) answers 404, as an id that is not yours does anywhere in the API."""
    choices: QuerySet[Any] = access.clinicians_of(patient.clinic).filter(
        Q(is_active=True) | Q(pk__in=[c.pk for c in current])
    )
    if wanted - set(choices.filter(pk__in=wanted).values_list("pk", flat=True)):
        raise Problem(
            404, gettext("No such clinician"), gettext("Name active clinicians of this clinic.")
        )
    form = CareTeamForm({"clinicians": sorted(wanted)}, clinicians=choices)
    if not form.is_valid():
        raise form_errors(form)
    care_team_set(
        patient=patient,
        clinicians=list(form.cleaned_data["clinicians"]),
        by=request.user,
        request=request,
    )


@router.get("/clinic/patients/{patient_id}/care-team", response=answers({200: CareTeamOut}, 404))
def care_team(request: HttpRequest, patient_id: UUID) -> Any:
    """The clinicians on a patient's care team."""
    _, patient = access.clinic_patient(request, patient_id)
    return _team(patient)


@router.put("/clinic/patients/{patient_id}/care-team", response=answers({200: CareTeamOut}, 404))
def care_team_replace(request: HttpRequest, patient_id: UUID, data: TeamIn) -> Any:
    """Make these clinicians the patient's care team, as the admin's care-team page does:
    those who join start seeing the patient, those who leave stop, at once."""
    _, patient = access.clinic_patient(request, patient_id)
    _save(request, patient, list(patient.care_team.all()), set(data.clinician_ids))
    return _team(patient)


@router.post("/clinic/patients/{patient_id}/care-team", response=answers({201: CareTeamOut}, 404))
def care_team_join(request: HttpRequest, patient_id: UUID, data: AddIn) -> Any:
    """Add a clinician of the clinic to the patient's care team (already on it: no change)."""
    _, patient = access.clinic_patient(request, patient_id)
    current = list(patient.care_team.all())
    _save(request, patient, current, {c.pk for c in current} | {data.clinician_id})
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
    _, patient = access.clinic_patient(request, patient_id)
    current = list(patient.care_team.all())
    if clinician_id not in {c.pk for c in current}:
        raise Problem(404, gettext("Not on this care team"))
    _save(request, patient, current, {c.pk for c in current} - {clinician_id})
    return Status(204, None)
