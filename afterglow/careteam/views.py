"""The clinician's workspace: the caseload and a patient's page."""

from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from afterglow.audit.services import record
from afterglow.clinics import access


def caseload(request: HttpRequest) -> HttpResponse:
    access.require_clinician(request)
    patients = list(access.caseload(request.user).prefetch_related("care_team"))
    record(action="caseload.view", request=request, detail={"patients": len(patients)})
    return render(request, "careteam/caseload.html", {"patients": patients})


def patient_detail(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id)
    care_team = patient.care_team.all().order_by("full_name")
    return render(request, "careteam/patient.html", {"patient": patient, "care_team": care_team})
