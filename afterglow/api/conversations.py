"""The conversation with the care team through the API: the patient's side and the care
team's, over the same form, services and access rules as the pages."""

from datetime import datetime
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from afterglow.api.base import Strict, Words, answers
from afterglow.api.language import LANGUAGE_HELP, LanguageOut, checked, language_of
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.clinics import access
from afterglow.conversations import selectors, services
from afterglow.conversations.forms import MessageForm
from afterglow.conversations.models import Message
from afterglow.lib.limits import MESSAGE_MAX
from afterglow.safety.language import Verdict
from afterglow.safety.language.services import source_tell_team

router = Router(tags=["conversations"])
CARE_TEAM = ["care team"]


class MessageIn(Strict):
    body: Words = Field(
        max_length=MESSAGE_MAX, description="Up to 5,000 characters. Shown as plain text."
    )


class MessageOut(Schema):
    id: UUID
    body: str
    from_patient: bool
    author: str = Field(description="Who wrote it, by name.")
    created_at: datetime
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_author(message: Any) -> str:
        return message.author.full_name if message.author else ""

    @staticmethod
    def resolve_language(message: Any) -> Verdict | None:
        return language_of(message)


class ConversationOut(Schema):
    patient_id: UUID
    name: str
    last_message_at: datetime | None
    unread: int
    held_by: str = Field(description="The colleague it was handed to, by name; or empty.")
    done: bool


def _form(data: MessageIn) -> MessageForm:
    form = MessageForm({"body": data.body})
    if not form.is_valid():
        raise form_errors(form)
    return form


@router.get("/messages", response=answers({200: list[MessageOut]}, 404))
@paginate(Pages)
def my_messages(request: HttpRequest) -> Any:
    """Your conversation with your care team, oldest first (reading it marks it read)."""
    patient = access.own_patient(request)
    conversation = selectors.conversation_of(patient)
    if conversation is None:
        return []
    services.conversation_read(conversation=conversation, user=request.user)
    return conversation.messages.select_related("author").order_by("created_at", "id")


@router.post("/messages", response=answers({201: MessageOut}, 404, 409))
def my_message_send(request: HttpRequest, data: MessageIn) -> Any:
    """Write to your care team (409 when your clinic has turned messages off)."""
    patient = access.own_patient(request)
    form = _form(data)
    try:
        message = services.message_send(
            patient=patient, author=request.user, body=form.cleaned_data["body"], request=request
        )
    except ValidationError as error:
        raise Problem(409, gettext("Messages are off"), " ".join(error.messages)) from error
    return Status(201, checked(request, form, patient=patient, source=message))


@router.post("/messages/{message_id}/tell-care-team", response=answers({204: None}, 404))
def my_message_tell(request: HttpRequest, message_id: UUID) -> Any:
    """Ask your care team to look at a message first (your choice, after the resources)."""
    patient = access.own_patient(request)
    message = Message.objects.filter(
        pk=message_id, conversation__patient=patient, from_patient=True
    ).first()
    if message is None:
        raise Problem(404, gettext("Not found"))
    source_tell_team(patient=patient, source=message, request=request)
    return Status(204, None)


@router.get("/conversations", response=answers({200: list[ConversationOut]}, 404), tags=CARE_TEAM)
@paginate(Pages)
def conversations(request: HttpRequest) -> Any:
    """Your patients' conversations, unread first."""
    access.require_clinician(request)
    return [vars(row) for row in selectors.inbox(request.user)]


@router.get(
    "/patients/{patient_id}/messages",
    response=answers({200: list[MessageOut]}, 404),
    tags=CARE_TEAM,
)
@paginate(Pages)
def patient_messages(request: HttpRequest, patient_id: UUID) -> Any:
    """A patient's conversation, oldest first (the read is audited)."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="conversation.read")
    conversation = selectors.conversation_of(patient)
    if conversation is None:
        return []
    services.conversation_read(conversation=conversation, user=request.user)
    return conversation.messages.select_related("author").order_by("created_at", "id")


@router.post(
    "/patients/{patient_id}/messages",
    response=answers({201: MessageOut}, 404),
    tags=CARE_TEAM,
)
def patient_message_send(request: HttpRequest, patient_id: UUID, data: MessageIn) -> Any:
    """Reply to a patient."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="message.reply")
    form = _form(data)
    message = services.message_send(
        patient=patient, author=request.user, body=form.cleaned_data["body"], request=request
    )
    return Status(201, message)
