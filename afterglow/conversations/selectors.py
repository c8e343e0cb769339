"""Reads for conversations. Access is decided before these are called (clinics/access.py)."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from afterglow.clinics import access
from afterglow.conversations.models import Conversation, Message, MessagingSettings, ReadState

NEVER = datetime(1970, 1, 1, tzinfo=UTC)


def settings_of(clinic: Any) -> MessagingSettings:
    """The clinic's messaging settings; the defaults (on, no office hours) if never saved."""
    found = MessagingSettings.objects.filter(clinic=clinic).first()
    return found if found is not None else MessagingSettings(clinic=clinic)


def conversation_of(patient: Any, *, create: bool = False) -> Conversation | None:
    if create:
        return Conversation.objects.get_or_create(patient=patient)[0]
    return Conversation.objects.select_related("held_by", "done_by").filter(patient=patient).first()


def messages_of(conversation: Conversation | None) -> list[Message]:
    if conversation is None:
        return []
    return list(conversation.messages.select_related("author"))


def _read_at(user: Any, conversation: Any) -> Subquery:
    return Subquery(
        ReadState.objects.filter(conversation=conversation, user=user).values("read_at")[:1]
    )


def unread_count(user: Any, patient_ref: Any = None) -> Any:
    """An expression: the messages from the patient (``patient_ref``: the outer patient's
    key) that ``user`` has not read. One correlated subquery on an indexed column."""
    ref: Any = patient_ref if patient_ref is not None else OuterRef("pk")
    newer = Message.objects.filter(
        conversation_id=ref,
        from_patient=True,
        created_at__gt=Coalesce(_read_at(user, OuterRef("conversation_id")), NEVER),
    )
    return Coalesce(
        Subquery(
            newer.order_by().values("conversation_id").annotate(n=Count("pk")).values("n")[:1]
        ),
        0,
    )


def unread_for_patient(conversation: Conversation | None) -> int:
    """The care team's messages the patient has not read."""
    if conversation is None:
        return 0
    read = _read_at(conversation.patient.user_id, conversation.pk)
    return (
        Message.objects.filter(conversation=conversation, from_patient=False)
        .filter(created_at__gt=Coalesce(read, NEVER))
        .count()
    )


@dataclass(frozen=True)
class InboxRow:
    patient_id: Any
    name: str
    last_message_at: datetime | None
    unread: int
    held_by: str
    done: bool


def inbox(user: Any) -> list[InboxRow]:
    """The conversations of the clinician's caseload, unread first then newest: one query."""
    rows = (
        Conversation.objects.filter(patient__in=access.caseload(user).values("pk"))
        .filter(last_message_at__isnull=False)
        .annotate(unread=unread_count(user, OuterRef("pk")))
        .order_by(F("unread").desc(), F("last_message_at").desc())
        .values_list(
            "patient_id",
            "patient__user__full_name",
            "last_message_at",
            "unread",
            "held_by__full_name",
            "done_at",
        )
    )
    return [
        InboxRow(pk, name, last, unread, held or "", done is not None)
        for pk, name, last, unread, held, done in rows
    ]
