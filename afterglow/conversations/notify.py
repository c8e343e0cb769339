"""Telling the other side that a message waits, without a word of it.

A patient's message reaches the clinician holding the conversation, or the whole care team
when nobody holds it; a clinician's reply reaches the patient. Each person gets a
notification in Afterglow (unless they turned message notifications off) and, through every
an email at once that only says something waits and links to it (no name, no words, no clinic
detail); push and text, where the person has them, follow on the next reminders run.
"""

from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.lib.language import speaking
from afterglow.reminders.channels import send_everywhere
from afterglow.reminders.delivery import Item, create, preference_of
from afterglow.reminders.models import EmailState, Kind, Notification


def recipients(message: Any) -> list[Any]:
    conversation = message.conversation
    if not message.from_patient:
        return [conversation.patient.user]
    if conversation.held_by_id is not None and conversation.held_by.is_active:
        return [conversation.held_by]
    return list(conversation.patient.care_team.filter(is_active=True))


def _title(from_patient: bool) -> str:
    """In the active language: the caller writes it inside ``speaking(recipient)``."""
    if from_patient:
        return _("A patient on your care team sent a message")
    return _("You have a new message from your care team")


def message_notify(message: Any) -> int:
    """Notifications now (they roll back with the message); channels once it is saved.
    Each recipient's title is in their own language, not the sender's."""
    patient_id = message.conversation.patient_id
    if message.from_patient:
        link = reverse("conversations:patient", args=[patient_id])
    else:
        link = reverse("conversations:mine")
    key, now = f"message:{message.pk}", timezone.now()
    made = []
    for person in recipients(message):
        pref = preference_of(person)
        if message.from_patient is False and not pref.wants(Kind.MESSAGE):
            continue
        with speaking(person):
            item = Item(Kind.MESSAGE, key, now, _title(message.from_patient), link)
        email = pref.emails_ok
        if create(person, item, shown=True, dropped=False, email=email) and email:
            made.append(person)

    def send() -> None:
        owed = Notification.objects.filter(
            key=key, user__in=made, email_state=EmailState.PENDING
        ).select_related("user")
        for notification in owed:
            send_everywhere(notification, timezone.now())

    transaction.on_commit(send)
    return len(made)
