"""The private calendar feed, built with the ``icalendar`` package.

Events carry no clinical detail: a treatment and an integration session are both just
"Afterglow appointment", with a link back to Afterglow. A patient sees their own sessions;
a clinician sees the integration sessions they hold (no patient names).
"""

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from icalendar import Calendar, Event

from afterglow.clinics.access import roles_of
from afterglow.integration.models import IntegrationSession
from afterglow.integration.models import SessionStatus as IntegrationStatus
from afterglow.lib.language import speaking
from afterglow.treatments.models import SessionStatus, TreatmentSession

TITLE = gettext_lazy("Afterglow appointment")
LOOK_BACK = timedelta(days=90)
INTEGRATION_LENGTH = timedelta(minutes=50)


def feed_for(user: Any, now: datetime) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//Afterglow//Calendar//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Afterglow")
    base = settings.AFTERGLOW_BASE_URL.rstrip("/")
    with speaking(user):  # a calendar app asks, not the person: their language, not its
        title = str(TITLE)
        details = gettext("Details are in Afterglow: %(link)s")
    for uid, starts, ends, path in events_for(user, now):
        event = Event()
        event.add("uid", f"{uid}@afterglow")
        event.add("summary", title)
        event.add("dtstart", starts)
        event.add("dtend", ends)
        event.add("dtstamp", now)
        event.add("description", details % {"link": f"{base}{path}"})
        cal.add_component(event)
    return cal.to_ical()


def events_for(user: Any, now: datetime) -> list[tuple[str, datetime, datetime, str]]:
    roles = roles_of(user)
    since = now - LOOK_BACK
    events = []
    patient = roles.patient
    if patient is not None:
        for pk, starts, ends in TreatmentSession.objects.filter(
            patient=patient,
            status__in=[SessionStatus.SCHEDULED, SessionStatus.COMPLETED],
            starts_at__gte=since,
        ).values_list("pk", "starts_at", "ends_at"):
            if starts is not None:
                finish = ends or starts + timedelta(hours=2)
                events.append((f"treatment-{pk}", starts, finish, "/"))
        sessions = IntegrationSession.objects.filter(patient=patient)
    else:
        sessions = IntegrationSession.objects.filter(therapist=user)
    if roles.is_patient or roles.is_clinician:
        for pk, when in sessions.filter(
            status__in=[IntegrationStatus.SCHEDULED, IntegrationStatus.DONE],
            scheduled_for__gte=since,
        ).values_list("pk", "scheduled_for"):
            path = reverse("integration:roadmap") if roles.is_patient else "/"
            if when is not None:
                events.append((f"integration-{pk}", when, when + INTEGRATION_LENGTH, path))
    return sorted(events, key=lambda e: e[1])
