import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from afterglow.lib.fields import EncryptedTextField

MAX_DOSE_MG = Decimal("500")


class Modality(models.TextChoices):
    IV_KETAMINE = "iv", "IV ketamine"
    IM_KETAMINE = "im", "IM ketamine"
    SPRAVATO = "spravato", "Spravato (esketamine nasal spray)"


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    COMPLETED = "completed", "Completed"
    MISSED = "missed", "Missed"
    CANCELLED = "cancelled", "Cancelled"


class TreatmentSession(models.Model):
    """One IV, IM or Spravato treatment: planned, given, missed or cancelled."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="treatment_sessions"
    )
    modality = models.CharField(max_length=16, choices=Modality.choices)
    status = models.CharField(
        max_length=16, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    starts_at = models.DateTimeField("starts")
    ends_at = models.DateTimeField("ends")
    dose_mg = models.DecimalField(
        "dose (mg)",
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(MAX_DOSE_MG)],
    )
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = EncryptedTextField(blank=True, null=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["patient", "status", "-starts_at"])]

    def __str__(self) -> str:
        return f"{self.get_modality_display()} on {self.starts_at:%Y-%m-%d}"

    def clean(self) -> None:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "The session has to end after it starts."
        if (
            self.status == SessionStatus.COMPLETED
            and self.starts_at
            and (self.starts_at > timezone.now())
        ):
            errors["status"] = "A session in the future can't be completed yet: schedule it."
        if errors:
            raise ValidationError(errors)


class Phase(models.TextChoices):
    INDUCTION = "induction", "Induction"
    MAINTENANCE = "maintenance", "Maintenance"


class Protocol(models.Model):
    """A clinic's treatment rhythm for one modality: its phases in order."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="protocols")
    key = models.SlugField()
    name = models.CharField(max_length=120)
    modality = models.CharField(max_length=16, choices=Modality.choices)
    source = models.CharField(max_length=200, help_text="Where this rhythm comes from.")

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "key"], name="unique_protocol_key")
        ]

    def __str__(self) -> str:
        return self.name


class ProtocolStep(models.Model):
    """One stretch of a protocol: a phase with its spacing, until a week or a count ends it.

    ``until_week`` counts weeks from the plan's first session (week 1 is its first 7 days);
    ``until_sessions`` counts completed sessions in the plan. An open step (neither) lasts.
    """

    protocol = models.ForeignKey(Protocol, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField()
    phase = models.CharField(max_length=16, choices=Phase.choices)
    label = models.CharField(max_length=120)
    min_days = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    max_days = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])
    until_week = models.PositiveSmallIntegerField(null=True, blank=True)
    until_sessions = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["protocol", "order"]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.min_days and self.max_days and self.max_days < self.min_days:
            raise ValidationError(
                {"max_days": "The longest gap can't be shorter than the shortest."}
            )


class MaintenancePlan(models.Model):
    """A patient's plan: which protocol, from when, and the phase they start in."""

    patient = models.OneToOneField(
        "clinics.Patient", on_delete=models.CASCADE, related_name="maintenance_plan"
    )
    protocol = models.ForeignKey(Protocol, on_delete=models.PROTECT, related_name="plans")
    start_date = models.DateField(help_text="The day of the plan's first session.")
    start_phase = models.CharField(max_length=16, choices=Phase.choices, default=Phase.INDUCTION)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.protocol} for {self.patient}"
