"""The patient's first 24 hours: feelings, checklist, water, reflection and check-ins."""

from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.aftercare import selectors, services
from afterglow.aftercare.forms import CheckInForm, FeelingForm, ReflectionForm, WaterForm
from afterglow.aftercare.models import CheckInKind, SelfCareItem
from afterglow.clinics import access
from afterglow.lib.offline import offline_copy
from afterglow.safety import language
from afterglow.safety.reasons import RED_FLAGS


def _plan_or_today(request: HttpRequest, form: FeelingForm | None = None) -> HttpResponse:
    """htmx swaps the plan in place; without JavaScript the whole Today page comes back."""
    if getattr(request, "htmx", False):
        view = selectors.aftercare_for(access.own_patient(request), timezone.now())
        return render(
            request,
            "aftercare/_plan.html",
            {"aftercare": view, "feeling_form": form or FeelingForm()},
        )
    return redirect("today")


@require_POST
def feeling(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = selectors.own_completed_session(request, session_id)
    form = FeelingForm(request.POST)
    if not form.is_valid():
        if getattr(request, "htmx", False):
            return _plan_or_today(request, form)
        messages.error(request, _("Choose at least one feeling, whichever fits best right now."))
        return redirect("today")
    services.feeling_record(
        session=session, feelings=form.cleaned_data["feelings"], request=request
    )
    return _plan_or_today(request)


@require_POST
def tick(request: HttpRequest, session_id: UUID, item_id: int) -> HttpResponse:
    session = selectors.own_completed_session(request, session_id)
    item = get_object_or_404(SelfCareItem, pk=item_id, clinic_id=session.patient.clinic_id)
    services.item_toggle(session=session, item=item, request=request)
    return _plan_or_today(request)


@require_POST
def water(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = selectors.own_completed_session(request, session_id)
    form = WaterForm(request.POST)
    if form.is_valid():
        services.water_change(session=session, delta=form.cleaned_data["delta"], request=request)
    return _plan_or_today(request)


@require_POST
def reflection(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = selectors.own_completed_session(request, session_id)
    form = ReflectionForm(request.POST)
    if not form.is_valid():
        return render(request, "aftercare/reflection_error.html", {"form": form}, status=400)
    state = services.reflection_save(
        session=session, text=form.cleaned_data["text"], request=request
    )
    page = language.respond(
        request, form=form, patient=session.patient, source=state, back=reverse("today")
    )
    if page is not None:
        return page
    messages.success(request, _("Saved. Only you can see it."))
    return redirect("today")


@offline_copy
def check_in(request: HttpRequest, session_id: UUID, kind: str) -> HttpResponse:
    session = selectors.own_completed_session(request, session_id)
    if kind not in CheckInKind.values:
        raise Http404
    opens, closes = selectors.check_in_windows(session, session.patient.time_zone)[kind]
    now = timezone.now()
    if not opens <= now < closes:
        return render(
            request,
            "aftercare/check_in_closed.html",
            {"kind": kind, "opens": opens, "session": session, "now": now},
        )
    form = CheckInForm(request.POST or None, kind=kind)
    if request.method == "POST" and form.is_valid():
        check, flag = services.checkin_submit(
            session=session, kind=kind, request=request, **form.answers()
        )
        if flag is not None:
            return render(
                request,
                "aftercare/red_flag.html",
                {"reasons": check.red_flags, "labels": RED_FLAGS},
            )
        page = language.respond(
            request, form=form, patient=session.patient, source=check, back=reverse("today")
        )
        if page is not None:
            return page
        messages.success(request, _("Thank you for checking in."))
        return redirect("today")
    return render(
        request, "aftercare/check_in.html", {"form": form, "kind": kind, "session": session}
    )
