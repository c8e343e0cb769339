"""Reminders: the notification centre, preferences, medicines, the calendar link and feed."""

from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.reminders import selectors, services
from afterglow.reminders.calendar import feed_for
from afterglow.reminders.channels import push
from afterglow.reminders.delivery import preference_of
from afterglow.reminders.forms import CheckForm, MedicationForm, PreferenceForm
from afterglow.reminders.models import PATIENT_KINDS, Medication, Notification
from afterglow.treatments.schedule import local_day


def notifications(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        services.notifications_read_all(request.user, timezone.now())
        return redirect("reminders:notifications")
    items = selectors.recent(request.user)
    return render(request, "reminders/notifications.html", {"items": items})


def open_notification(request: HttpRequest, notification_id: UUID) -> HttpResponse:
    notification = access.own_account_object(
        request, Notification.objects.all(), pk=notification_id
    )
    services.notification_read(notification, timezone.now())
    link = notification.link
    if not url_has_allowed_host_and_scheme(link, allowed_hosts=None):
        link = "/"
    return redirect(link)


def preferences(request: HttpRequest) -> HttpResponse:
    form, context = _page(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.preference_save(
            user=request.user,
            off=form.off(),
            in_app=True if form.staff else data["in_app"],
            email=data["email"],
            quiet_start=data.get("quiet_start"),
            quiet_end=data.get("quiet_end"),
            daily_at=data.get("daily_at"),
            time_zone=data["time_zone"],
            request=request,
        )
        messages.success(request, _("Saved. Reminders follow these choices from now on."))
        return redirect("reminders:preferences")
    return render(request, "reminders/preferences.html", context)


def _page(
    request: HttpRequest, data: object = None, link: str = ""
) -> tuple[PreferenceForm, dict[str, object]]:
    """The preferences form, filled from the person's saved choices, and the page around it."""
    pref = preference_of(request.user)
    initial = {
        "kinds": [k.value for k in PATIENT_KINDS if k.value not in pref.off],
        "in_app": pref.in_app,
        "email": pref.email,
        "quiet_start": pref.quiet_start,
        "quiet_end": pref.quiet_end,
        "daily_at": pref.daily_at,
        "time_zone": getattr(request.user, "time_zone", ""),
    }
    staff = not access.roles_of(request.user).is_patient
    form = PreferenceForm(data, initial=initial, staff=staff)
    context = {
        "form": form,
        "pref": pref,
        "staff": staff,
        "feed": selectors.active_feed(request.user),
        "feed_link": link,
        "push_key": push.application_server_key(),
        "push_devices": selectors.push_devices(request.user),
    }
    return form, context


@require_POST
def calendar_new(request: HttpRequest) -> HttpResponse:
    token = services.feed_create(user=request.user, request=request)
    link = request.build_absolute_uri(f"/calendar/{token}.ics")
    _form, context = _page(request, link=link)  # the page as it was, the link shown once
    return render(request, "reminders/preferences.html", context)


@require_POST
def calendar_off(request: HttpRequest) -> HttpResponse:
    services.feed_revoke(user=request.user, request=request)
    messages.success(
        request, _("Your calendar link is turned off. Calendars using it stop updating.")
    )
    return redirect("reminders:preferences")


@login_not_required
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    now = timezone.now()
    owner = selectors.feed_owner(services.feed_hash(token), now)
    response = HttpResponse(feed_for(owner, now), content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


def medications(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = MedicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.medication_add(patient=patient, request=request, **form.cleaned_data)
        messages.success(request, _("Added. We'll remind you at the times you gave."))
        return redirect("reminders:medications")
    today = local_day(timezone.now(), patient.time_zone)
    context = {
        "form": form,
        "medications": selectors.medications_of(patient),
        "check": selectors.today_check(patient, today),
        "check_form": CheckForm(),
        "adherence": selectors.adherence(patient, today),
    }
    return render(request, "reminders/medications.html", context)


@require_POST
def medication_stop(request: HttpRequest, medication_id: UUID) -> HttpResponse:
    medication = access.own_object(request, Medication.objects.all(), pk=medication_id)
    services.medication_stop(medication=medication, request=request)
    messages.success(request, _("Taken off your list. Reminders for it stop."))
    return redirect("reminders:medications")


@require_POST
def medication_check(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = CheckForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose one of the three answers."))
        return redirect("reminders:medications")
    today = local_day(timezone.now(), patient.time_zone)
    services.medication_check(
        patient=patient, day=today, answer=form.cleaned_data["answer"], request=request
    )
    messages.success(request, _("Noted. Thank you."))
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return redirect(back)
    return redirect("reminders:medications")
