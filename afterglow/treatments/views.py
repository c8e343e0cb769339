"""Treatment pages: the patient's "My treatments" and the care team's session and plan forms."""

from uuid import UUID
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.safety import language
from afterglow.treatments import selectors, services
from afterglow.treatments.forms import (
    INTENTION_PROMPTS,
    IntentionForm,
    MonitoringForm,
    PlanForm,
    SessionForm,
)
from afterglow.treatments.models import Intention, Modality, MonitoringRecord, TreatmentSession


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
            messages.success(request, _("Session saved."))
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
            messages.success(request, _("Session updated."))
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
        messages.success(request, _("Maintenance plan saved."))
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
        messages.success(request, _("Monitoring record saved."))
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


def intention_edit(request: HttpRequest, session_id: UUID) -> HttpResponse:
    """The patient's intention for one of their booked sessions, editable until it starts."""
    session = access.own_object(
        request, TreatmentSession.objects.select_related("patient__user"), pk=session_id
    )
    intention = selectors.intention_of(session)
    if intention is None:
        intention = Intention(session=session)
    if not intention.is_editable:
        messages.info(request, _("Your session has begun: your intention stays as you wrote it."))
        return redirect("today")
    initial = {"text": intention.text or "", "shared": intention.is_shared}
    form = IntentionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = services.intention_set(session=session, request=request, **form.cleaned_data)
        back = reverse("today")
        page = language.respond(
            request, form=form, patient=session.patient, source=saved, back=back
        )
        if page is not None:
            return page
        messages.success(
            request, _("Your intention is saved. You can change it until the session starts.")
        )
        return redirect(back)
    context = {"form": form, "session": session, "prompts": INTENTION_PROMPTS}
    return render(request, "treatments/intention_form.html", context)


@require_POST
def intention_share(request: HttpRequest, session_id: UUID) -> HttpResponse:
    intention = access.own_object(
        request,
        Intention.objects.select_related("session__patient"),
        via="session__patient",
        session_id=session_id,
    )
    shared = request.POST.get("shared") == "1"
    services.intention_share(intention=intention, shared=shared, request=request)
    messages.success(
        request, _("Shared with your care team.") if shared else _("No longer shared.")
    )
    return redirect("treatments:mine")
