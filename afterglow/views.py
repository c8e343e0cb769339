"""Site-level pages: the home that routes each person, the patient's Today, error pages."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.aftercare import selectors as aftercare_selectors
from afterglow.aftercare.forms import FeelingForm
from afterglow.clinics import access
from afterglow.integration import selectors as integration_selectors
from afterglow.journal import selectors as journal_selectors
from afterglow.lib.offline import offline_copy
from afterglow.outcomes import selectors as outcome_selectors
from afterglow.reminders import selectors as reminder_selectors
from afterglow.treatments import selectors as treatment_selectors
from afterglow.treatments.schedule import local_day
from afterglow.wellbeing import selectors as wellbeing_selectors


def home(request: HttpRequest) -> HttpResponse:
    roles = access.roles_of(request.user)
    if roles.is_patient:
        return redirect("today")
    if roles.is_clinician:
        return redirect("careteam:caseload")
    if roles.is_admin:
        return redirect("clinics:home")
    if request.user.is_superuser:
        return redirect("admin:index")
    return render(request, "no_role.html")


def greeting_for(now: datetime, tz_name: str) -> str:
    hour = now.astimezone(ZoneInfo(tz_name)).hour
    if hour < 5:
        return _("Hello")
    if hour < 12:
        return _("Good morning")
    if hour < 18:
        return _("Good afternoon")
    return _("Good evening")


@offline_copy
def today(request: HttpRequest) -> HttpResponse:
    """The patient's Today: the 24-hour plan after a session, else what is next."""
    patient = access.own_patient(request)
    now = timezone.now()
    context = {
        "patient": patient,
        "greeting": greeting_for(now, patient.time_zone),
        "care_team": patient.care_team.all().order_by("full_name"),
        "aftercare": aftercare_selectors.aftercare_for(patient, now),
        "preparation": aftercare_selectors.preparation_for(patient, now),
        "intention_card": treatment_selectors.intention_card(patient, now),
        "intention_back": journal_selectors.intention_to_revisit(patient, now),
        "status": treatment_selectors.plan_status(patient, now),
        "feeling_form": FeelingForm(),
        "today_prompt": journal_selectors.prompt_for_today(patient, now),
        "questionnaires_due": outcome_selectors.due(patient, now),
        "daily_check_due": outcome_selectors.daily_check_due(
            patient, local_day(now, patient.time_zone)
        ),
        "circle_due": wellbeing_selectors.reassessment_due(patient, now),
        "tools": integration_selectors.latest_tools(patient),
        "goals": [g for g in integration_selectors.goals_of(patient) if g.status == "active"],
        "review_due": integration_selectors.review_due(patient, now),
        "medicines_unchecked": reminder_selectors.check_owed(patient, now),
        "now": now,
    }
    return render(request, "today.html", context)


@login_not_required
def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "errors/csrf.html", {"back": reverse("home")}, status=403)
