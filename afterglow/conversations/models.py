"""One conversation per patient with their whole care team: messages (encrypted), who has
read up to when, who holds the conversation now and whether it is done."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib.fields import EncryptedTextField


class MessagingSettings(models.Model):
    """A clinic's choices: whether its patients can write, and when messages are read."""

    clinic = models.OneToOneField(
        "clinics.Clinic", on_delete=models.CASCADE, primary_key=True, related_name="messaging"
    )
    enabled = models.BooleanField(_("patients can send messages"), default=True)
    office_hours = models.CharField(
        _("office hours"),
        max_length=160,
        blank=True,
        help_text=_("When the care team reads messages, e.g. Monday to Friday, 9 AM to 5 PM."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "messaging settings"

    def __str__(self) -> str:
        return f"Messaging of clinic {self.clinic_id}"


class Conversation(models.Model):
    """The patient's one conversation with their care team (its key is the patient's)."""

    patient = models.OneToOneField(
        "clinics.Patient", on_delete=models.CASCADE, primary_key=True, related_name="conversation"
    )
    held_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The clinician it was handed to; empty: the whole care team."),
    )
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_message_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Conversation of {self.patient_id}"


class Message(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_patient = models.BooleanField()
    body = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        # The caseload's unread count: a patient's messages after a reader's last read.
        indexes = [models.Index(fields=["conversation", "from_patient", "created_at"])]

    def __str__(self) -> str:
        return f"Message of {self.created_at:%Y-%m-%d %H:%M}"


class ReadState(models.Model):
    """Up to when one person has read one conversation."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="read_states"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="one_read_state")
        ]

    def __str__(self) -> str:
        return f"Read up to {self.read_at:%Y-%m-%d %H:%M}"
