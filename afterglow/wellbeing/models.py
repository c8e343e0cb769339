import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from afterglow.lib.domains import DIMENSIONS
from afterglow.lib.fields import EncryptedTextField

DIMENSION_KEYS = [key for key, _ in DIMENSIONS]
DIMENSION_LABELS = dict(DIMENSIONS)


class DimensionGuide(models.Model):
    """A dimension's description, reflective questions and suggested practices (per clinic).

    Read through ``shown_description`` and the lists: words left as seeded read in the
    reader's language, a clinic's own words as written (``content.GUIDES``)."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="+")
    dimension = models.CharField(max_length=16, choices=DIMENSIONS)
    description = models.TextField()
    questions = models.TextField(help_text=_("One question a line."))
    practices = models.TextField(help_text=_("One suggested practice a line."))
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["clinic", "dimension"], name="one_guide_per_dimension")
        ]

    def __str__(self) -> str:
        return self.get_dimension_display()

    @property
    def shown_description(self) -> str:
        return gettext(self.description) if self.description else ""

    @property
    def question_list(self) -> list[str]:
        return [gettext(q.strip()) for q in self.questions.splitlines() if q.strip()]

    @property
    def practice_list(self) -> list[str]:
        return [gettext(p.strip()) for p in self.practices.splitlines() if p.strip()]


class WellbeingSettings(models.Model):
    clinic = models.OneToOneField(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="wellbeing_settings"
    )
    reassess_days = models.PositiveSmallIntegerField(default=28)

    def __str__(self) -> str:
        return f"Reassess every {self.reassess_days} days"


class Assessment(models.Model):
    """One turn of the Happiness Circle: each dimension rated 0–10, with optional notes."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="assessments"
    )
    scores = models.JSONField()
    notes = EncryptedTextField(blank=True, null=True, help_text="JSON: dimension → note")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["patient", "created_at"])]

    def __str__(self) -> str:
        return f"Circle of {self.created_at:%Y-%m-%d}"

    @property
    def ordered_scores(self) -> list[int]:
        return [int(self.scores[key]) for key in DIMENSION_KEYS]


class Focus(models.Model):
    """The one to three dimensions the patient chose to work on."""

    patient = models.OneToOneField(
        "clinics.Patient", on_delete=models.CASCADE, related_name="focus"
    )
    dimensions = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return ", ".join(self.dimensions)
