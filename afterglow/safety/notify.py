"""Telling the care team that a flag waits: a notification in Afterglow for each clinician
on the patient's care team, and an email unless they chose not to have one. Neither holds
clinical content: no name, no score, no answer; only that something needs them, and a link.
"""

from dataclasses import replace

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.audit.services import record
from afterglow.lib.language import speaking
from afterglow.reminders.delivery import Item, create, deliver, preference_of
from afterglow.reminders.models import EmailState, Kind, Notification
from afterglow.safety.models import Flag


def notify_care_team(flag: Flag) -> int:
    """Notifications now (they roll back with the flag); emails once the flag is saved."""
    clinicians = list(flag.patient.care_team.filter(is_active=True))
    item = Item(
        Kind.FLAG,
        f"flag:{flag.pk}",
        timezone.now(),
        "",
        reverse("careteam:caseload"),
    )
    emailed = []
    for clinician in clinicians:
        pref = preference_of(clinician)
        email = pref.emails_ok
        with speaking(clinician):  # each clinician reads it in their own language
            theirs = replace(item, title=_("A patient on your care team needs you"))
        if create(clinician, theirs, shown=True, dropped=False, email=email) and email:
            emailed.append(clinician)

    def send() -> None:
        owed = Notification.objects.filter(
            key=item.key, user__in=emailed, email_state=EmailState.PENDING
        ).select_related("user")
        for notification in owed:
            deliver(notification, timezone.now())
        record(
            action="flag.notify",
            patient=flag.patient,
            obj=flag,
            detail={"clinicians": len(clinicians), "emails": len(emailed)},
        )

    transaction.on_commit(send)
    return len(clinicians)
