"""Writes for conversations: send, read, hand over, mark done, and the clinic's settings.
Each validates, saves and leaves an audit row (codes and numbers, never the words)."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.audit.services import record
from afterglow.conversations.models import Conversation, Message, MessagingSettings, ReadState
from afterglow.conversations.notify import message_notify
from afterglow.conversations.selectors import conversation_of, settings_of


def message_send(
    *, patient: Any, author: Any, body: str, request: HttpRequest | None = None
) -> Message:
    """A message from the patient (``author`` is their account) or from a clinician on their
    care team. A patient's message reopens a conversation marked done."""
    from_patient = author.pk == patient.user_id
    if from_patient and not settings_of(patient.clinic).enabled:
        raise ValidationError(_("Your clinic has turned messages off."))
    with transaction.atomic():
        conversation = conversation_of(patient, create=True)
        assert conversation is not None
        message = Message(
            conversation=conversation, author=author, from_patient=from_patient, body=body
        )
        message.full_clean()
        message.save()
        conversation.last_message_at = message.created_at
        if from_patient:
            conversation.done_at, conversation.done_by = None, None
        conversation.save(update_fields=["last_message_at", "done_at", "done_by"])
        _mark_read(conversation, author, message.created_at)
        record(
            action="message.send",
            actor=author,
            request=request,
            patient=patient,
            obj=message,
            detail={"from": "patient" if from_patient else "care_team", "chars": len(body)},
        )
        message_notify(message)
    return message


def _mark_read(conversation: Conversation, user: Any, at: Any) -> None:
    ReadState.objects.update_or_create(
        conversation=conversation, user=user, defaults={"read_at": at}
    )


def conversation_read(*, conversation: Conversation, user: Any) -> None:
    """Everything in the conversation until now counts as read by ``user``. (The read itself
    is audited where it happens: ``access.patient_for_care_team`` for a clinician.)"""
    _mark_read(conversation, user, timezone.now())


def conversation_hand(
    *, conversation: Conversation, to: Any, request: HttpRequest | None = None
) -> Conversation:
    """Hand the conversation to a colleague on the patient's care team (``None``: back to
    the whole team)."""
    if to is not None and not conversation.patient.care_team.filter(pk=to.pk).exists():
        raise ValidationError(_("Choose someone on this patient's care team."))
    conversation.held_by = to
    conversation.full_clean()
    with transaction.atomic():
        conversation.save(update_fields=["held_by"])
        record(
            action="conversation.hand",
            request=request,
            patient=conversation.patient,
            obj=conversation,
            detail={"to": to.pk if to is not None else 0},
        )
    return conversation


def conversation_done(
    *, conversation: Conversation, by: Any, done: bool, request: HttpRequest | None = None
) -> Conversation:
    conversation.done_at = timezone.now() if done else None
    conversation.done_by = by if done else None
    with transaction.atomic():
        conversation.save(update_fields=["done_at", "done_by"])
        record(
            action="conversation.done" if done else "conversation.reopen",
            request=request,
            patient=conversation.patient,
            obj=conversation,
        )
    return conversation


def messaging_settings_update(
    *, clinic: Any, enabled: bool, office_hours: str, request: HttpRequest | None = None
) -> MessagingSettings:
    settings = MessagingSettings.objects.filter(clinic=clinic).first() or MessagingSettings(
        clinic=clinic
    )
    settings.enabled, settings.office_hours = enabled, office_hours
    settings.full_clean()
    with transaction.atomic():
        settings.save()
        record(
            action="messaging.settings",
            request=request,
            clinic=clinic,
            detail={"enabled": int(enabled), "office_hours": int(bool(office_hours))},
        )
    return settings
