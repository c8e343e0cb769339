"""The summary for the next visit: the patient prepares and shares it; the care team opens
and prints the one shared."""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.safety import language
from afterglow.visits import content, selectors, services
from afterglow.visits.forms import SummaryForm
from afterglow.visits.sections import KEYS, SECTIONS


def prepare(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    now = timezone.now()
    period = selectors.period_of(patient, now)
    summary = selectors.current(patient, period)
    found = content.build(patient, since=period.since, until=now, included=KEYS)
    offered = found.item_keys
    initial = {
        "sections": summary.sections,
        "keep": [key for key in offered if key not in set(summary.dropped)],
        "questions": summary.questions or "",
    }
    # Bound on every POST: with every box unticked and no questions, a POST may carry nothing.
    posted = request.POST if request.method == "POST" else None
    form = SummaryForm(posted, initial=initial, offered=offered)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = services.visit_summary_save(
            patient=patient,
            period=period,
            sections=data["sections"],
            offered=offered,
            dropped=form.dropped(),
            questions=data["questions"],
            share=data["share"],
            request=request,
        )
        back = reverse("visits:prepare")
        page = language.respond(request, form=form, patient=patient, source=saved, back=back)
        if page is not None:
            return page
        messages.success(
            request,
            _("Shared with your care team. They see it as it is now.")
            if saved.is_shared
            else _("Saved. Only you can see it until you share it."),
        )
        return redirect(back)
    sections, kept = form.ticked()
    shared = selectors.latest_shared(patient)
    context = {
        "summary": summary,
        "shared_earlier": shared if shared is not None and shared.pk != summary.pk else None,
        "period": period,
        "content": found,
        "form": form,
        "parts": SECTIONS,
        "ticked_sections": sections,
        "kept": kept,
    }
    status = 400 if request.method == "POST" else 200
    return render(request, "visits/prepare.html", context, status=status)


@require_POST
def unshare(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    summary = selectors.latest_shared(patient)
    if summary is None:
        raise Http404
    services.visit_summary_unshare(summary=summary, request=request)
    messages.success(request, _("Your care team can no longer open it. Everything is still here."))
    return redirect("visits:prepare")


def _shared(patient: Patient) -> dict[str, Any]:
    summary = selectors.latest_shared(patient)
    if summary is None:
        return {"patient": patient, "summary": None, "content": None, "parts": SECTIONS}
    assert summary.shared_at is not None
    found = content.build(
        patient,
        since=summary.since,
        until=summary.shared_at,
        included=summary.sections,
        dropped=summary.dropped,
        questions=summary.question_list,
    )
    return {"patient": patient, "summary": summary, "content": found, "parts": SECTIONS}


def patient_summary(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="visit_summary.view")
    return render(request, "visits/patient.html", _shared(patient))


def patient_print(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="visit_summary.print")
    context = _shared(patient) | {"printed_at": timezone.now()}
    return render(request, "visits/print.html", context)
