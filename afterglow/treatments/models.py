import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterglow.lib.fields import EncryptedTextField

MAX_DOSE_MG = Decimal("500")


class Modality(models.TextChoices):
    IV_KETAMINE = "iv", _("IV ketamine")
    IM_KETAMINE = "im", _("IM ketamine")
    SPRAVATO = "spravato", _("Spravato (esketamine nasal spray)")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", pgettext_lazy("session status", "Scheduled")
    COMPLETED = "completed", pgettext_lazy("session status", "Completed")
    MISSED = "missed", pgettext_lazy("session status", "Missed")
    CANCELLED = "cancelled", pgettext_lazy("session status", "Cancelled")


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
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    dose_mg = models.DecimalField(
        _("dose (mg)"),
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
        errors: dict[str, str | ValidationError] = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = ValidationError(
                _("The session has to end after it starts."), code="ends_before_start"
            )
        if (
            self.status == SessionStatus.COMPLETED
            and self.starts_at
            and (self.starts_at > timezone.now())
        ):
            errors["status"] = ValidationError(
                _("A session in the future can't be completed yet: schedule it."),
                code="not_started",
            )
        if errors:
            raise ValidationError(errors)


class Phase(models.TextChoices):
    INDUCTION = "induction", _("Induction")
    MAINTENANCE = "maintenance", _("Maintenance")


class Protocol(models.Model):
    """A clinic's treatment rhythm for one modality: its phases in order."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="protocols")
    key = models.SlugField()
    name = models.CharField(max_length=120)
    modality = models.CharField(max_length=16, choices=Modality.choices)
    source = models.CharField(max_length=200, help_text=_("Where this rhythm comes from."))

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
                {
                    "max_days": ValidationError(
                        _("The longest gap can't be shorter than the shortest."), code="gap"
                    )
                }
            )


class MaintenancePlan(models.Model):
    """A patient's plan: which protocol, from when, and the phase they start in."""

    patient = models.OneToOneField(
        "clinics.Patient", on_delete=models.CASCADE, related_name="maintenance_plan"
    )
    protocol = models.ForeignKey(Protocol, on_delete=models.PROTECT, related_name="plans")
    start_date = models.DateField(help_text=_("The day of the plan's first session."))
    start_phase = models.CharField(max_length=16, choices=Phase.choices, default=Phase.INDUCTION)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"{self.protocol} for {self.patient}"


BP_SYSTOLIC = (40, 300)
BP_DIASTOLIC = (20, 200)
MIN_MONITORING_MINUTES = 120


class SpravatoDose(models.TextChoices):
    MG_56 = "56", "56 mg"
    MG_84 = "84", "84 mg"
    OTHER = "other", pgettext_lazy("dose", "Other")


def _systolic(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        f"{label}: systolic",
        null=True,
        blank=True,
        validators=[MinValueValidator(BP_SYSTOLIC[0]), MaxValueValidator(BP_SYSTOLIC[1])],
    )


def _diastolic(label: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        f"{label}: diastolic",
        null=True,
        blank=True,
        validators=[MinValueValidator(BP_DIASTOLIC[0]), MaxValueValidator(BP_DIASTOLIC[1])],
    )


class MonitoringRecord(models.Model):
    """What the SPRAVATO REMS Patient Monitoring Form asks, for one Spravato session."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.OneToOneField(
        TreatmentSession, on_delete=models.CASCADE, related_name="monitoring"
    )
    dose = models.CharField(max_length=8, choices=SpravatoDose.choices)
    dose_other_mg = models.PositiveSmallIntegerField(
        _("other dose (mg)"), null=True, blank=True, validators=[MaxValueValidator(500)]
    )
    lot_number = models.CharField(max_length=40)
    bp_before_systolic = _systolic("Blood pressure before dosing")
    bp_before_diastolic = _diastolic("Blood pressure before dosing")
    bp_40_systolic = _systolic("Blood pressure about 40 minutes after")
    bp_40_diastolic = _diastolic("Blood pressure about 40 minutes after")
    bp_discharge_systolic = _systolic("Blood pressure before discharge")
    bp_discharge_diastolic = _diastolic("Blood pressure before discharge")
    sedation = models.BooleanField(default=False)
    sedation_resolved = models.TimeField(null=True, blank=True)
    dissociation = models.BooleanField(default=False)
    dissociation_resolved = models.TimeField(null=True, blank=True)
    respiratory = models.BooleanField(_("respiratory changes"), default=False)
    respiratory_resolved = models.TimeField(null=True, blank=True)
    monitoring_minutes = models.PositiveSmallIntegerField(validators=[MaxValueValidator(1440)])
    short_monitoring_reason = EncryptedTextField(blank=True, null=True)
    benzodiazepines = models.BooleanField(default=False)
    sedative_hypnotics = models.BooleanField(
        _("non-benzodiazepine sedative-hypnotics"), default=False
    )
    psychostimulants = models.BooleanField(default=False)
    maois = models.BooleanField("MAOIs", default=False)
    serious_adverse_events = EncryptedTextField(blank=True, null=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Monitoring of {self.session_id}"

    def clean(self) -> None:
        errors = {}
        if self.dose == SpravatoDose.OTHER and not self.dose_other_mg:
            errors["dose_other_mg"] = ValidationError(
                _("Give the dose in mg."), code="dose_missing"
            )
        if (
            self.monitoring_minutes is not None
            and self.monitoring_minutes < MIN_MONITORING_MINUTES
            and not (self.short_monitoring_reason or "").strip()
        ):
            errors["short_monitoring_reason"] = ValidationError(
                _("Monitoring was under 2 hours: say why (it is allowed with a reason)."),
                code="reason_missing",
            )
        if errors:
            raise ValidationError(errors)


INTENTION_MAX = 600


class Intention(models.Model):
    """What the patient sets out to explore in one session: written before it starts, kept
    with it afterwards, read by the care team only while the patient shares it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    session = models.OneToOneField(
        TreatmentSession, on_delete=models.CASCADE, related_name="intention"
    )
    text = EncryptedTextField()
    shared_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["shared_at"])]

    def __str__(self) -> str:
        return f"Intention for {self.session_id}"

    def clean(self) -> None:
        if len(self.text or "") > INTENTION_MAX:
            raise ValidationError(
                {
                    "text": ValidationError(
                        _("Keep it to %(limit)d characters: a sentence or two is plenty."),
                        code="max_length",
                        params={"limit": INTENTION_MAX},
                    )
                }
            )

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None

    @property
    def is_editable(self) -> bool:
        session = self.session
        return session.status == SessionStatus.SCHEDULED and session.starts_at > timezone.now()
