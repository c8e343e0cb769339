"""Treatment pages: the patient's "My treatments" and the care team's session and plan forms."""

from uuid import UUID
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from afterglow.clinics import access
from afterglow.treatments import selectors, services
from afterglow.treatments.forms import MonitoringForm, PlanForm, SessionForm
from afterglow.treatments.models import Modality, MonitoringRecord, TreatmentSession


def my_treatments(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    context = {
        "sessions": selectors.sessions_of(patient),
        "status": selectors.plan_status(patient),
    }
    return render(request, "treatments/my_treatments.html", context)


def session_new(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="treatment.form")
    with timezone.override(ZoneInfo(patient.time_zone)):
        form = SessionForm(request.POST or None, instance=TreatmentSession(patient=patient))
        if request.method == "POST" and form.is_valid():
            services.session_record(
                patient=patient, by=request.user, request=request, **form.cleaned_data
            )
            messages.success(request, "Session saved.")
            return redirect("careteam:patient", patient_id=patient.pk)
        return render(
            request,
            "treatments/session_form.html",
            {"form": form, "patient": patient, "session": None},
        )


def session_edit(request: HttpRequest, patient_id: UUID, session_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="treatment.form")
    session = TreatmentSession.objects.filter(patient=patient, pk=session_id).first()
    if session is None:
        raise Http404
    with timezone.override(ZoneInfo(patient.time_zone)):
        form = SessionForm(request.POST or None, instance=session)
        if request.method == "POST" and form.is_valid():
            services.session_update(
                session=session, by=request.user, request=request, **form.cleaned_data
            )
            messages.success(request, "Session updated.")
            return redirect("careteam:patient", patient_id=patient.pk)
        return render(
            request,
            "treatments/session_form.html",
            {"form": form, "patient": patient, "session": session},
        )


def plan_edit(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="plan.form")
    plan = selectors.plan_of(patient)
    form = PlanForm(request.POST or None, instance=plan, clinic=patient.clinic)
    if request.method == "POST" and form.is_valid():
        services.plan_set(patient=patient, by=request.user, request=request, **form.cleaned_data)
        messages.success(request, "Maintenance plan saved.")
        return redirect("careteam:patient", patient_id=patient.pk)
    return render(request, "treatments/plan_form.html", {"form": form, "patient": patient})


def _spravato_session(
    request: HttpRequest, patient_id: UUID, session_id: UUID, action: str
) -> TreatmentSession:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action=action)
    session = (
        TreatmentSession.objects.select_related("patient__user")
        .filter(patient=patient, pk=session_id, modality=Modality.SPRAVATO)
        .first()
    )
    if session is None:
        raise Http404
    return session


def monitoring(request: HttpRequest, patient_id: UUID, session_id: UUID) -> HttpResponse:
    session = _spravato_session(request, patient_id, session_id, "treatment.monitoring_form")
    instance = MonitoringRecord.objects.filter(session=session).first()
    form = MonitoringForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in form.fields}
        services.monitoring_save(session=session, by=request.user, request=request, **fields)
        messages.success(request, "Monitoring record saved.")
        return redirect(
            "treatments:monitoring_summary", patient_id=patient_id, session_id=session_id
        )
    return render(
        request,
        "treatments/monitoring_form.html",
        {"form": form, "session": session, "patient": session.patient},
    )


def monitoring_summary(request: HttpRequest, patient_id: UUID, session_id: UUID) -> HttpResponse:
    session = _spravato_session(request, patient_id, session_id, "treatment.monitoring_view")
    record_ = (
        MonitoringRecord.objects.filter(session=session).select_related("completed_by").first()
    )
    if record_ is None:
        raise Http404
    return render(
        request,
        "treatments/monitoring_summary.html",
        {"record": record_, "session": session, "patient": session.patient},
    )
