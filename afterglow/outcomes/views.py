"""Questionnaires and the C-SSRS screener: the patient fills them and sees their trends; the
care team sees it all."""

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from afterglow.clinics import access
from afterglow.outcomes import chart, cssrs, mood, selectors, services
from afterglow.outcomes.forms import DailyCheckForm, QuestionnaireForm, ScreenerForm
from afterglow.outcomes.instruments import INSTRUMENTS, Instrument
from afterglow.outcomes.models import DailyCheck, Screening
from afterglow.safety import language
from afterglow.treatments.schedule import local_day
from afterglow.wellbeing.views import IMAGE_POLICY

# The questionnaires a patient may take whenever they like, due or not.
ANYTIME = ("phq9", "gad7")


def home(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    saved = request.GET.get("saved", "")
    due = selectors.due(patient, timezone.now())
    context = {
        "due": due,
        "anytime": [INSTRUMENTS[code] for code in ANYTIME if INSTRUMENTS[code] not in due],
        "blocks": chart.blocks_for(patient),
        "saved": saved if saved in INSTRUMENTS else "",
    }
    return render(request, "outcomes/home.html", context)


def _instrument(code: str) -> Instrument:
    if code not in INSTRUMENTS:
        raise Http404
    return INSTRUMENTS[code]


def fill(request: HttpRequest, code: str) -> HttpResponse:
    patient = access.own_patient(request)
    spec = _instrument(code)
    form = QuestionnaireForm(request.POST or None, instrument=spec)
    if request.method == "POST" and form.is_valid():
        response, _ = services.response_submit(
            patient=patient,
            instrument=code,
            request=request,
            **form.submission(),
        )
        if response.safety_item_positive:
            return render(request, "outcomes/safety.html", {"response": response})
        messages.success(
            request,
            gettext("Thank you. Your %(name)s score is %(total)s (%(band)s).")
            % {"name": spec.name, "total": response.total, "band": response.band_label.lower()},
        )
        return redirect(f"{reverse('outcomes:home')}?saved={code}")
    return render(request, "outcomes/fill.html", {"form": form, "instrument": spec})


def screener(request: HttpRequest) -> HttpResponse:
    """The six questions, after saying who reads the answers. ``?from=`` names where it was
    offered (concern, phq9, outcomes), kept with the screening and in its audit row."""
    patient = access.own_patient(request)
    origin = cssrs.origin_of(request.GET.get("from"))
    form = ScreenerForm(request.POST or None, initial={"origin": origin})
    if request.method == "POST" and form.is_valid():
        screening, _ = services.screening_submit(
            patient=patient, request=request, **form.submission()
        )
        return redirect("outcomes:screening", screening_id=screening.pk)
    return render(request, "outcomes/screener.html", {"form": form, "cssrs": cssrs})


def screening(request: HttpRequest, screening_id: UUID) -> HttpResponse:
    """What the answers mean for now: moderate and high show the crisis resources first."""
    found = access.own_object(request, Screening.objects.all(), pk=screening_id)
    return render(request, "outcomes/screening.html", {"screening": found})


def patient_history(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="outcomes.view")
    return render(
        request,
        "outcomes/patient_history.html",
        {"patient": patient, "blocks": chart.blocks_for(patient)},
    )


def _mood_context(request: HttpRequest, patient: object, *, shared_only: bool) -> dict[str, object]:
    span = mood.range_of(request.GET.get("range"))
    found = mood.history(patient, span=span, now=timezone.now(), shared_only=shared_only)
    return {"span": span, "history": found, "ranges": list(mood.RANGES)}


def _mood_svg(request: HttpRequest, patient: object, *, shared_only: bool) -> HttpResponse:
    span = mood.range_of(request.GET.get("range"))
    found = mood.history(patient, span=span, now=timezone.now(), shared_only=shared_only)
    response = HttpResponse(
        mood.chart_svg(found, timezone.get_current_timezone(), theme=request.GET.get("theme", "")),
        content_type="image/svg+xml",
    )
    response["Content-Security-Policy"] = IMAGE_POLICY
    return response


def mood_own(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    context = _mood_context(request, patient, shared_only=False)
    context["chart_url"] = reverse("outcomes:mood_chart")
    return render(request, "outcomes/mood.html", context)


def mood_own_chart(request: HttpRequest) -> HttpResponse:
    return _mood_svg(request, access.own_patient(request), shared_only=False)


def mood_patient(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="mood.view")
    context = _mood_context(request, patient, shared_only=True)
    context["chart_url"] = reverse("outcomes:patient_mood_chart", args=[patient.pk])
    context["patient"] = patient
    return render(request, "outcomes/mood.html", context)


def mood_patient_chart(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="mood.chart")
    return _mood_svg(request, patient, shared_only=True)


def daily(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    today = local_day(timezone.now(), patient.time_zone)
    done = DailyCheck.objects.filter(patient=patient, day=today).first()
    form = DailyCheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        check, replaced = services.daily_check_save(
            patient=patient, day=today, request=request, **data
        )
        back = reverse("outcomes:daily")
        page = language.respond(request, form=form, patient=patient, source=check, back=back)
        if page is not None:
            return page
        messages.success(
            request,
            gettext("Saved. It replaces the check you gave earlier today.")
            if replaced
            else gettext("Saved."),
        )
        return redirect(back)
    context = {"form": form, "done": done}
    status = 400 if request.method == "POST" else 200
    return render(request, "outcomes/daily.html", context, status=status)
