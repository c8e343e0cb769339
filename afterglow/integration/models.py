import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.lib.fields import EncryptedTextField


class GoalStatus(models.TextChoices):
    ACTIVE = "active", _("Working on it")
    DONE = "done", _("Done")
    PAUSED = "paused", _("Paused")


class Goal(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey("clinics.Patient", on_delete=models.CASCADE, related_name="goals")
    title = EncryptedTextField()
    why = EncryptedTextField(blank=True, null=True)
    dimension = models.CharField(max_length=16, choices=DIMENSIONS, blank=True)
    area = models.CharField(max_length=20, choices=INTEGRATION_AREAS, blank=True)
    target_date = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=8, choices=GoalStatus.choices, default=GoalStatus.ACTIVE)
    homework = models.BooleanField(default=False, help_text="Holds steps given as homework.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return "Goal"

    @property
    def progress(self) -> tuple[int, int]:
        steps = list(self.steps.all())
        return sum(1 for s in steps if s.done_at), len(steps)


class Step(models.Model):
    """A small step toward a goal, with a day to aim for."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="steps")
    title = EncryptedTextField()
    due_date = models.DateField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    from_session = models.ForeignKey(
        "integration.IntegrationSession",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="homework_steps",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_date", "created_at"]

    def __str__(self) -> str:
        return "Step"


class SessionStatus(models.TextChoices):
    EXPECTED = "expected", _("Expected")
    SCHEDULED = "scheduled", _("Scheduled")
    DONE = "done", _("Done")


class IntegrationSession(models.Model):
    """The therapy session after a treatment that turns insight into tools."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="integration_sessions"
    )
    treatment = models.ForeignKey(
        "treatments.TreatmentSession",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="integration_sessions",
    )
    status = models.CharField(
        max_length=12, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    scheduled_for = models.DateTimeField(null=True, blank=True)
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agenda_topics = EncryptedTextField(blank=True, null=True)
    agenda_goals = EncryptedTextField(blank=True, null=True)
    insights = EncryptedTextField(blank=True, null=True)
    insights_shared = models.BooleanField(default=False)
    tools = EncryptedTextField(blank=True, null=True)
    areas = models.JSONField(default=list, blank=True)
    note_written_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Integration session ({self.get_status_display()})"

    def clean(self) -> None:
        if self.status == SessionStatus.SCHEDULED and self.scheduled_for is None:
            raise ValidationError({"scheduled_for": _("Choose a day and time for the session.")})
        if self.status == SessionStatus.DONE and self.has_not_happened:
            raise ValidationError(
                {"scheduled_for": _("This session hasn't happened yet: write the note after it.")}
            )

    @property
    def has_not_happened(self) -> bool:
        return self.scheduled_for is not None and self.scheduled_for > timezone.now()

    @property
    def tool_list(self) -> list[str]:
        return [t.strip() for t in (self.tools or "").splitlines() if t.strip()]


class WeeklyReview(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="weekly_reviews"
    )
    went_well = EncryptedTextField(blank=True, null=True)
    was_hard = EncryptedTextField(blank=True, null=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Weekly review {self.created_at:%Y-%m-%d}"


class IntegrationSettings(models.Model):
    clinic = models.OneToOneField(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="integration_settings"
    )
    days_after_treatment = models.PositiveSmallIntegerField(default=7)

    def __str__(self) -> str:
        return f"Within {self.days_after_treatment} days"
