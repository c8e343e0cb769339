"""Site-level pages: the home that routes each person, the patient's Today, error pages."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from afterglow.clinics import access


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
        return "Hello"
    if hour < 12:
        return "Good morning"
    if hour < 18:
        return "Good afternoon"
    return "Good evening"


def today(request: HttpRequest) -> HttpResponse:
    from django.utils import timezone

    patient = access.own_patient(request)
    context = {
        "patient": patient,
        "greeting": greeting_for(timezone.now(), patient.time_zone),
        "care_team": patient.care_team.all().order_by("full_name"),
    }
    return render(request, "today.html", context)


@login_not_required
def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "errors/csrf.html", {"back": reverse("home")}, status=403)
