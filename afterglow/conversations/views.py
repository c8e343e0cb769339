"""The patient's conversation with their care team, the clinicians' side of it, and the
clinic's messaging settings."""

from uuid import UUID

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.conversations import selectors, services
from afterglow.conversations.forms import HandForm, MessageForm, MessagingSettingsForm
from afterglow.safety import language


def mine(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    settings = selectors.settings_of(patient.clinic)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and settings.enabled and form.is_valid():
        message = services.message_send(
            patient=patient, author=request.user, body=form.cleaned_data["body"], request=request
        )
        back = reverse("conversations:mine")
        page = language.respond(request, form=form, patient=patient, source=message, back=back)
        if page is not None:
            return page
        messages.success(request, _("Sent. Your care team will read it during office hours."))
        return redirect(back)
    conversation = selectors.conversation_of(patient)
    if conversation is not None:
        services.conversation_read(conversation=conversation, user=request.user)
    context = {
        "settings": settings,
        "clinic": patient.clinic,
        "conversation": conversation,
        "thread": selectors.messages_of(conversation),
        "form": form,
    }
    return render(request, "conversations/mine.html", context, status=_status(request, form))


def _status(request: HttpRequest, form: MessageForm) -> int:
    return 400 if request.method == "POST" and form.errors else 200


def inbox(request: HttpRequest) -> HttpResponse:
    access.require_clinician(request)
    return render(request, "conversations/inbox.html", {"rows": selectors.inbox(request.user)})


def patient_conversation(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    action = "message.reply" if request.method == "POST" else "conversation.read"
    patient = access.patient_for_care_team(request, patient_id, action=action)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.message_send(
            patient=patient, author=request.user, body=form.cleaned_data["body"], request=request
        )
        messages.success(request, _("Sent."))
        return redirect("conversations:patient", patient_id=patient.pk)
    conversation = selectors.conversation_of(patient)
    if conversation is not None:
        services.conversation_read(conversation=conversation, user=request.user)
    context = {
        "patient": patient,
        "conversation": conversation,
        "thread": selectors.messages_of(conversation),
        "form": form,
        "hand_form": HandForm(
            initial={"to": conversation.held_by_id if conversation else None},
            care_team=patient.care_team.filter(is_active=True).order_by("full_name"),
        ),
        "settings": selectors.settings_of(patient.clinic),
    }
    return render(request, "conversations/patient.html", context, status=_status(request, form))


@require_POST
def hand(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="conversation.hand_view")
    conversation = selectors.conversation_of(patient, create=True)
    assert conversation is not None
    form = HandForm(request.POST, care_team=patient.care_team.filter(is_active=True))
    if not form.is_valid():
        messages.error(request, _("Choose someone on this patient's care team."))
        return redirect("conversations:patient", patient_id=patient.pk)
    to = form.cleaned_data["to"]
    try:
        services.conversation_hand(conversation=conversation, to=to, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("conversations:patient", patient_id=patient.pk)
    messages.success(
        request,
        _("Handed to %(name)s.") % {"name": to.full_name}
        if to is not None
        else _("The whole care team holds this conversation now."),
    )
    return redirect("conversations:patient", patient_id=patient.pk)


@require_POST
def done(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="conversation.done_view")
    conversation = selectors.conversation_of(patient, create=True)
    assert conversation is not None
    is_done = request.POST.get("done") != "0"
    services.conversation_done(
        conversation=conversation, by=request.user, done=is_done, request=request
    )
    messages.success(request, _("Marked done.") if is_done else _("Open again."))
    return redirect("conversations:patient", patient_id=patient.pk)


def clinic_settings(request: HttpRequest) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    current = selectors.settings_of(clinic)
    form = MessagingSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        services.messaging_settings_update(
            clinic=clinic,
            enabled=form.cleaned_data["enabled"],
            office_hours=form.cleaned_data["office_hours"],
            request=request,
        )
        messages.success(request, _("The messaging settings are saved."))
        return redirect("conversations:settings")
    return render(request, "conversations/settings.html", {"clinic": clinic, "form": form})
