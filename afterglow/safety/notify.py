"""Telling the care team by email that a flag waits. The email carries no clinical content:
no name, no score, no answer; only that something needs them, and a link."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string

from afterglow.audit.services import record
from afterglow.safety.models import Flag


def notify_care_team(flag: Flag) -> int:
    """One email per clinician on the patient's care team, sent once the flag is saved."""
    clinicians = list(flag.patient.care_team.filter(is_active=True))
    link = f"{settings.AFTERGLOW_BASE_URL.rstrip('/')}/caseload/"

    def send() -> None:
        for clinician in clinicians:
            send_mail(
                subject="Afterglow: a patient on your care team needs you",
                message=render_to_string(
                    "safety/email/flag.txt", {"clinician": clinician, "link": link}
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[clinician.email],
                fail_silently=True,
            )
        record(
            action="flag.notify", patient=flag.patient, obj=flag, detail={"emails": len(clinicians)}
        )

    transaction.on_commit(send)
    return len(clinicians)
