import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib.fields import EncryptedTextField
from afterglow.outcomes.cssrs import FLAGGED, QUESTIONS, Level, Origin, Question
from afterglow.outcomes.instruments import INSTRUMENTS

FIVE = [MinValueValidator(1), MaxValueValidator(5)]


class DueRule(models.TextChoices):
    BEFORE_EACH = "before_each", _("Before each treatment session")
    EVERY_7 = "every_7", _("Every 7 days")
    EVERY_14 = "every_14", _("Every 14 days")


class DailyRule(models.TextChoices):
    OFF = "off", _("No daily check")
    DAILY = "daily", _("Every day")
    INDUCTION = "induction", _("Every day for 28 days after the first session, then twice a week")


class OutcomeSettings(models.Model):
    """A clinic's rule for when questionnaires are due (after the baseline), and for the
    short daily check between sessions."""

    clinic = models.OneToOneField(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="outcome_settings"
    )
    rule = models.CharField(max_length=16, choices=DueRule.choices, default=DueRule.EVERY_14)
    daily_check = models.CharField(
        max_length=16, choices=DailyRule.choices, default=DailyRule.INDUCTION
    )

    def __str__(self) -> str:
        return self.get_rule_display()


class Response(models.Model):
    """One filled questionnaire: the answers, the total and its band, kept as they were."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="outcome_responses"
    )
    instrument = models.CharField(
        max_length=16, choices=[(k, v.name) for k, v in INSTRUMENTS.items()]
    )
    answers = models.JSONField()
    difficulty = models.PositiveSmallIntegerField(null=True, blank=True)
    total = models.PositiveSmallIntegerField()
    band = models.CharField(max_length=32)
    nonce = models.UUIDField(
        help_text="The form it came from: a resubmission is not a second response."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "nonce"], name="one_response_per_form")
        ]
        indexes = [
            models.Index(fields=["patient", "instrument", "created_at"]),
            models.Index(fields=["patient", "created_at"]),  # the caseload's last activity
        ]

    def __str__(self) -> str:
        return f"{self.get_instrument_display()} {self.total}"

    @property
    def spec(self):  # noqa: ANN201 (an Instrument)
        return INSTRUMENTS[self.instrument]

    @property
    def band_label(self) -> str:
        return self.spec.band(self.total).label

    @property
    def safety_item_positive(self) -> bool:
        """The self-harm item (PHQ-9 item 9) answered above 0."""
        item = self.spec.safety_item
        return item is not None and self.answers[item] > 0


class Screening(models.Model):
    """One C-SSRS screener (``outcomes.cssrs``): the answers as given, and the level they
    gave. Level ``none`` means every question asked was answered no."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="screenings"
    )
    answers = models.JSONField(
        help_text="q1…q6 and q6_recent: true, false, or null when not asked."
    )
    level = models.CharField(max_length=16, choices=Level.choices)
    origin = models.CharField(
        max_length=16,
        choices=Origin.choices,
        default=Origin.OUTCOMES,
        help_text="Where the screener was offered.",
    )
    nonce = models.UUIDField(
        help_text="The form it came from: a resubmission is not a second screening."
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "nonce"], name="one_screening_per_form")
        ]
        indexes = [models.Index(fields=["patient", "created_at"])]

    def __str__(self) -> str:
        return f"C-SSRS screener: {self.get_level_display()}"

    @property
    def flagged(self) -> bool:
        """Moderate or high: a safety flag was raised and the resources shown at once."""
        return self.level in FLAGGED

    def rows(self) -> list[tuple[Question, bool | None]]:
        """Each question with its answer (None: not asked), in the screener's order."""
        return [(q, self.answers.get(q.key)) for q in QUESTIONS]

    @property
    def yes_numbers(self) -> list[str]:
        """The numbers of the questions answered yes ("1", "2", … "6a")."""
        return [q.number for q, answer in self.rows() if answer is True]


class DailyCheck(models.Model):
    """The short check between sessions: mood (and, if given, energy and sleep) on a scale of
    1 to 5, and an optional word. One per day in the patient's time zone: a second the same
    day replaces the first."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="daily_checks"
    )
    day = models.DateField()
    mood = models.PositiveSmallIntegerField(validators=FIVE)
    energy = models.PositiveSmallIntegerField(null=True, blank=True, validators=FIVE)
    sleep = models.PositiveSmallIntegerField(null=True, blank=True, validators=FIVE)
    word = EncryptedTextField(blank=True, null=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-day"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "day"], name="one_daily_check_a_day")
        ]

    def __str__(self) -> str:
        return f"Daily check of {self.day}"
