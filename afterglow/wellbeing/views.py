"""The Happiness Circle: take it, see it, choose where to focus."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.lib.domains import DIMENSIONS
from afterglow.safety import language
from afterglow.wellbeing import selectors, services
from afterglow.wellbeing.chart import radar_svg
from afterglow.wellbeing.forms import AssessmentForm, FocusForm
from afterglow.wellbeing.models import DIMENSION_KEYS

# pygal styles its SVG with a <style> element. Served as an image, it can run nothing; this
# narrow policy lets its styles apply and nothing else. Set on the response itself, after the
# access checks, so a refusal (404) keeps the site's usual policy.
IMAGE_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'none'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


def _svg(svg: str) -> HttpResponse:
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Security-Policy"] = IMAGE_POLICY
    return response


def circle(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    assessments = selectors.history(patient)
    focus = selectors.focus_of(patient)
    guides = selectors.guides(patient)
    context = {
        "assessments": assessments,
        "moved": selectors.moved_most(assessments),
        "latest": assessments[-1] if assessments else None,
        "latest_notes": selectors.notes_of(assessments[-1]) if assessments else {},
        "guides": guides,
        "focus_form": FocusForm(initial={"dimensions": focus}),
        "focus": focus,
        "focus_guides": [g for g in guides if g.dimension in focus],
        "dimensions": DIMENSIONS,
        "keys": DIMENSION_KEYS,
    }
    return render(request, "wellbeing/circle.html", context)


def assess(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = AssessmentForm(request.POST or None, guides=selectors.guides(patient))
    if request.method == "POST" and form.is_valid():
        taken = services.assessment_take(
            patient=patient, scores=form.scores(), notes=form.notes(), request=request
        )
        back = reverse("wellbeing:circle")
        if page := language.respond(request, form=form, patient=patient, source=taken, back=back):
            return page
        messages.success(request, gettext("Thank you. Here is your circle."))
        return redirect(back)
    return render(request, "wellbeing/assess.html", {"form": form})


@require_POST
def focus(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = FocusForm(request.POST)
    if form.is_valid():
        services.focus_set(
            patient=patient, dimensions=form.cleaned_data["dimensions"], request=request
        )
        messages.success(request, gettext("Your focus is saved. Suggested practices are below."))
    else:
        messages.error(request, " ".join(str(e) for e in form.errors["dimensions"]))
    return redirect("wellbeing:circle")


def chart_own(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    return _svg(radar_svg(selectors.history(patient), theme=request.GET.get("theme", "")))


def chart_patient(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="wellbeing.chart")
    return _svg(radar_svg(selectors.history(patient), theme=request.GET.get("theme", "")))
