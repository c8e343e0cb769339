"""Reminders: what a person asked to hear about, the notifications they got, their
medications and the private calendar link."""

import uuid
from datetime import time
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib import lookup
from afterglow.lib.fields import Ciphertext, EncryptedTextField

NUMBER_LOOKUP = "text-number"  # the purpose of TextNumber.number_hash (lib/lookup.py)


class Kind(models.TextChoices):
    SESSION = "session", _("Your next session: when it is due and when it is overdue")
    PREPARATION = "preparation", _("Getting ready, the day before a session")
    CHECK_IN = "check_in", _("The evening and next-morning check-ins after a session")
    QUESTIONNAIRE = "questionnaire", _("Check-up questionnaires")
    INTEGRATION = "integration", _("Integration sessions: the day before, and when one is due")
    CIRCLE = "circle", _("Taking the Happiness Circle again")
    STEPS = "steps", _("Goal steps on the day you aimed for")
    HOMEWORK = "homework", _("Something your therapist gave you to try")
    MEDICATIONS = "medications", _("Medicines at the times you take them, and the daily check")
    DAILY_CHECK = "daily_check", _("The short daily check of how you are, on the days it is due")
    MESSAGE = "message", _("A new message in your conversation with your care team")
    FLAG = "flag", _("A patient on your care team needs you")


PATIENT_KINDS = [k for k in Kind if k != Kind.FLAG]


class Preference(models.Model):
    """How a person wants to hear from Afterglow. Times are in their own time zone
    (``User.time_zone``); quiet hours may wrap midnight."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    off = models.JSONField(default=list, blank=True)  # kinds turned off: new kinds start on
    in_app = models.BooleanField(default=True)
    email = models.BooleanField(default=True)
    quiet_start = models.TimeField(null=True, blank=True, default=time(21, 0))
    quiet_end = models.TimeField(null=True, blank=True, default=time(8, 0))
    daily_at = models.TimeField(default=time(9, 0))
    email_bounced_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "Reminder preferences"

    @property
    def emails_ok(self) -> bool:
        """Email is on, and the address has not bounced since it was last saved."""
        return self.email and self.email_bounced_at is None

    def wants(self, kind: str) -> bool:
        return kind not in self.off and (self.in_app or self.email)


class EmailState(models.TextChoices):
    NONE = "none", _("Not emailed")
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed, will try again")
    GAVE_UP = "gave_up", _("Not delivered")


class Notification(models.Model):
    """One reminder or alert for one person. ``key`` names the thing reminded of (a session's
    evening check-in, a day's medicines): the unique constraint on (user, key) is what makes
    each reminder happen once, however many senders run at once."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    key = models.CharField(max_length=160)
    title = models.CharField(max_length=160)  # plain words, never a score or a journal line
    link = models.CharField(max_length=200)
    due_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)
    shown = models.BooleanField(default=True)  # False: email only, or dropped
    dropped = models.BooleanField(default=False)  # found more than a day late: not sent
    read_at = models.DateTimeField(null=True, blank=True)
    email_state = models.CharField(
        max_length=8, choices=EmailState.choices, default=EmailState.NONE
    )
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_claimed_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    email_error = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["-due_at", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="one_notification_per_key")
        ]
        indexes = [
            models.Index(fields=["user", "shown", "read_at"]),
            models.Index(fields=["email_state"]),
        ]

    def __str__(self) -> str:
        return self.title


class Medication(models.Model):
    """A medicine as the patient takes it, in their words. Afterglow records and reminds;
    it never advises on doses."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="medications"
    )
    name = EncryptedTextField()
    dose = EncryptedTextField(blank=True, null=True)
    times = models.JSONField(default=list, blank=True)  # "HH:MM", the patient's own clock
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return "Medication"


class Taken(models.TextChoices):
    YES = "yes", _("Yes, as prescribed")
    MISSED = "missed", _("I missed one")
    NOT_TODAY = "not_today", _("Not today")


class MedicationCheck(models.Model):
    """The daily "taken as prescribed?" answer; one a day, the last answer stands."""

    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="medication_checks"
    )
    day = models.DateField()
    answer = models.CharField(max_length=12, choices=Taken.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "day"], name="one_medication_check_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.answer}"


class CalendarFeed(models.Model):
    """A private calendar link. Only a hash of its secret is kept; a new link revokes the old."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feeds"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_read_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return "Calendar link"


class PushSubscription(models.Model):
    """One device's Web Push subscription: the push service's address for it and the keys
    the browser made to read what is sent. Removed when the person turns it off, or when the
    push service says it is gone (404/410)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="push_subscriptions"
    )
    endpoint = models.URLField(max_length=1000, unique=True)
    p256dh = models.CharField(max_length=120)
    auth = models.CharField(max_length=60)
    created_at = models.DateTimeField(default=timezone.now)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return "Push subscription"


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed, will try again")
    GAVE_UP = "gave_up", _("Not delivered")
    NONE = "none", _("Nothing to send it to")
    CAPPED = "capped", _("Not texted: the month's limit was reached")


class Delivery(models.Model):
    """A notification sent through one channel other than email (``reminders.channels``).
    The unique (notification, channel) pair and the claiming UPDATE make each happen once,
    as ``Notification``'s email columns do for email."""

    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="deliveries"
    )
    channel = models.CharField(max_length=12)
    state = models.CharField(
        max_length=8, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=120, blank=True)
    provider_id = models.CharField(max_length=64, blank=True, db_index=True)  # the SMS's id
    provider_status = models.CharField(max_length=20, blank=True)  # delivered, undelivered…

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "channel"], name="one_delivery_per_channel"
            )
        ]
        indexes = [models.Index(fields=["channel", "state"])]

    def __str__(self) -> str:
        return f"{self.channel}: {self.state}"


class TextNumber(models.Model):
    """A person's mobile number for text reminders (E.164), encrypted at rest. Texts go only
    once it is verified with a code and while the person has not answered STOP.

    ``number_hash`` finds the row from the number alone (the STOP/START webhook knows only
    the sender's number): a keyed hash (``lib/lookup.py``), set whenever the number is."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="text_number"
    )
    number = EncryptedTextField()
    number_hash = models.CharField(max_length=100, db_index=True)
    code_hash = models.CharField(max_length=64, blank=True)
    code_sent_at = models.DateTimeField(null=True, blank=True)
    code_tries = models.PositiveSmallIntegerField(default=0)
    verified_at = models.DateTimeField(null=True, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)  # the person texted STOP
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return "Text number"

    def save(self, *args: Any, **kwargs: Any) -> None:
        plain = self.__dict__.get("number")
        if plain is not None and not isinstance(plain, Ciphertext):  # set or changed
            self.number_hash = lookup.current(NUMBER_LOOKUP, plain)
        super().save(*args, **kwargs)

    @property
    def texts_ok(self) -> bool:
        return self.verified_at is not None and self.stopped_at is None
