import uuid
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterglow.lib.fields import EncryptedTextField


class Feeling(models.TextChoices):
    FATIGUED = "fatigued", pgettext_lazy("feeling", "Tired")
    CLEAR = "clear", pgettext_lazy("feeling", "Clear")
    ENERGIZED = "energized", pgettext_lazy("feeling", "Energized")
    UNSETTLED = "unsettled", pgettext_lazy("feeling", "Unsettled")
    NAUSEOUS = "nauseous", pgettext_lazy("feeling", "Queasy")


class ItemKind(models.TextChoices):
    REST = "rest", _("Rest")
    HYDRATE = "hydrate", _("Water")
    ACTIVITY = "activity", _("A calm, creative or nourishing activity")
    REFLECT = "reflect", _("Gentle reflection")
    AVOID = "avoid", _("Keep it quiet")


class Source(models.TextChoices):
    LABEL = "label", _("SPRAVATO prescribing information (US label)")
    REMS = "rems", _("SPRAVATO REMS program")
    CLINIC = "clinic", _("Your clinic's aftercare protocol")


class Moment(models.TextChoices):
    BEFORE = "before", _("Before a session")
    AFTER = "after", _("After a session")


class RuleModality(models.TextChoices):
    ALL = "all", _("Every treatment")
    IV = "iv", _("IV ketamine")
    IM = "im", _("IM ketamine")
    SPRAVATO = "spravato", _("Spravato")


class SelfCareItem(models.Model):
    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField()
    kind = models.CharField(max_length=16, choices=ItemKind.choices)
    title = models.CharField(max_length=120)
    body = models.TextField()
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["clinic", "key"], name="unique_item_key")]

    def __str__(self) -> str:
        return self.title


class SafetyRule(models.Model):
    """A rule for before or after a session, with where it comes from."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField()
    moment = models.CharField(max_length=8, choices=Moment.choices, default=Moment.AFTER)
    modality = models.CharField(max_length=16, choices=RuleModality.choices)
    title = models.CharField(max_length=160)
    body = models.TextField()
    source = models.CharField(max_length=16, choices=Source.choices)
    source_detail = models.CharField(max_length=240, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["clinic", "key"], name="unique_rule_key")]

    def __str__(self) -> str:
        return self.title


class FeelingSuggestion(models.Model):
    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="+")
    feeling = models.CharField(max_length=16, choices=Feeling.choices)
    title = models.CharField(max_length=160)
    body = models.TextField()
    puts_first = models.CharField(max_length=16, choices=ItemKind.choices, blank=True)
    offer_care_team = models.BooleanField(default=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order"]
        constraints = [models.UniqueConstraint(fields=["clinic", "feeling"], name="unique_feeling")]

    def __str__(self) -> str:
        return self.title


class AftercareState(models.Model):
    """The patient's own marks on one session's plan: water so far and a reflection note."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.OneToOneField(
        "treatments.TreatmentSession", on_delete=models.CASCADE, related_name="aftercare"
    )
    glasses = models.PositiveSmallIntegerField(default=0, validators=[MaxValueValidator(30)])
    reflection = EncryptedTextField(blank=True, null=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Aftercare of {self.session_id}"


class ChecklistTick(models.Model):
    session = models.ForeignKey(
        "treatments.TreatmentSession", on_delete=models.CASCADE, related_name="ticks"
    )
    item = models.ForeignKey(SelfCareItem, on_delete=models.CASCADE, related_name="+")
    ticked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "item"], name="one_tick_per_item")
        ]

    def __str__(self) -> str:
        return f"{self.item_id} ticked"


class FeelingCheck(models.Model):
    """One answer to "How do you feel right now?" (kept with its time)."""

    session = models.ForeignKey(
        "treatments.TreatmentSession", on_delete=models.CASCADE, related_name="feeling_checks"
    )
    feelings = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return ", ".join(self.feelings)


class CheckInKind(models.TextChoices):
    EVENING = "evening", _("Evening check-in")
    MORNING = "morning", _("Next-morning check-in")


class SideEffect(models.TextChoices):
    NAUSEA = "nausea", _("Nausea")
    HEADACHE = "headache", _("Headache")
    DIZZINESS = "dizziness", _("Dizziness")
    DISSOCIATION = "dissociation", _("Still feeling detached or unreal")
    BLADDER = "bladder", _("Bladder discomfort")


class CheckIn(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.ForeignKey(
        "treatments.TreatmentSession", on_delete=models.CASCADE, related_name="check_ins"
    )
    # The session's patient, kept on the row so "this patient's latest check-in" is one
    # index lookup (the caseload asks it for 200 patients at once). Set on save.
    patient = models.ForeignKey(
        "clinics.Patient",
        on_delete=models.CASCADE,
        related_name="check_ins",
        null=True,
        blank=True,
        editable=False,
    )
    kind = models.CharField(max_length=8, choices=CheckInKind.choices)
    created_at = models.DateTimeField(default=timezone.now)
    mood = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    sleep = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    side_effects = models.JSONField(default=list, blank=True)
    red_flags = models.JSONField(default=list, blank=True)
    note = EncryptedTextField(blank=True, null=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "kind"], name="one_check_in_per_kind")
        ]
        indexes = [models.Index(fields=["patient", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.created_at:%Y-%m-%d})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.patient_id is None:
            self.patient_id = self.session.patient_id
        super().save(*args, **kwargs)


class CompanionLink(models.Model):
    """A link the patient gives the person who takes them home after a session: a guide for
    the first hours, without an account. Only the SHA-256 of its token is kept; it ends at
    ``expires_at`` or when revoked. It shows the patient's first name and the session's day,
    nothing of their health."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="companion_links"
    )
    session = models.ForeignKey(
        "treatments.TreatmentSession", on_delete=models.CASCADE, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Companion link until {self.expires_at:%Y-%m-%d %H:%M}"

    def is_open(self, now: Any) -> bool:
        return self.revoked_at is None and now < self.expires_at
