import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterglow.lib.fields import EncryptedTextField


class FlagKind(models.TextChoices):
    CHECKIN_RED_FLAG = "checkin_red_flag", _("Red-flag answer in a check-in")
    CRISIS_LANGUAGE = "crisis_language", _("The patient asked us to let you know")
    PHQ9_ITEM9 = "phq9_item9", _("PHQ-9 item 9 above 0")
    WORSENING = "worsening", _("Worsening PHQ-9")
    OVERDUE_INTEGRATION = "overdue_integration", _("Integration session overdue")
    REMS_MONITORING = "rems_monitoring", _("Spravato monitoring record missing")
    CSSRS = "cssrs", _("C-SSRS screener: moderate or high risk")
    MOOD_DROP = "mood_drop", _("A sustained drop in the daily check")


class Severity(models.TextChoices):
    SAFETY = "safety", _("Safety")
    ATTENTION = "attention", _("Needs attention")


class FlagStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("flag status", "Open")
    ACKNOWLEDGED = "acknowledged", pgettext_lazy("flag status", "Acknowledged")
    RESOLVED = "resolved", pgettext_lazy("flag status", "Resolved")


SEVERITY_RANK = {Severity.SAFETY: 0, Severity.ATTENTION: 1}


class Flag(models.Model):
    """Something the care team must look at. Holds codes, never the patient's words."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey("clinics.Patient", on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField(max_length=32, choices=FlagKind.choices)
    severity = models.CharField(max_length=16, choices=Severity.choices)
    status = models.CharField(max_length=16, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    reasons = models.JSONField(default=list, help_text=_("Codes of what raised it."))
    source_type = models.CharField(max_length=64)
    source_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution_note = EncryptedTextField(blank=True, null=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "source_type", "source_id"], name="one_flag_per_source"
            )
        ]
        indexes = [models.Index(fields=["patient", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status != FlagStatus.RESOLVED


class TextCheck(models.Model):
    """What the crisis-language detector found in one thing a patient wrote: codes, never words.

    One row per written thing (an entry, a check-in, a goal ...), updated when it is edited, so
    that a patient who said "not now" to the gentle question is not asked again about it.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="text_checks"
    )
    source_type = models.CharField(max_length=64)
    source_id = models.CharField(max_length=64)
    level = models.CharField(max_length=16)
    codes = models.JSONField(default=list, help_text=_("Category codes of what was found."))
    checked_at = models.DateTimeField(default=timezone.now)
    declined_at = models.DateTimeField(
        null=True, blank=True, help_text=_("The patient chose not to answer the questions.")
    )
    told_team_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id"], name="one_check_per_source"
            )
        ]
        indexes = [models.Index(fields=["patient", "checked_at"])]

    def __str__(self) -> str:
        return f"{self.source_type} {self.level}"
