"""A summary the patient prepares for their next integration session: what they chose to put
in it, their questions, and whether (since when) the care team may read it."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.lib.fields import EncryptedTextField
from afterglow.visits.sections import KEYS


def all_sections() -> list[str]:
    return list(KEYS)


class Began(models.TextChoices):
    SESSION = "session", _("the last integration session")
    ENROLMENT = "enrolment", _("joining Afterglow")


class VisitSummary(models.Model):
    """One per patient and period: the period runs from ``since`` (their last integration
    session, or joining) to the moment they share it. The content itself is read from their
    records each time; only the patient's choices and questions are kept here."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="visit_summaries"
    )
    since = models.DateTimeField()
    began = models.CharField(max_length=12, choices=Began.choices, default=Began.SESSION)
    sections = models.JSONField(
        default=all_sections, blank=True, help_text="The parts the patient put in."
    )
    dropped = models.JSONField(
        default=list, blank=True, help_text="Items the patient left out, as '<kind>:<id>'."
    )
    questions = EncryptedTextField(blank=True, null=True)
    shared_at = models.DateTimeField(
        null=True, blank=True, help_text="When the patient last shared it; empty: not shared."
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-since"]
        constraints = [
            models.UniqueConstraint(fields=["patient", "since"], name="one_summary_per_period")
        ]
        verbose_name_plural = "visit summaries"

    def __str__(self) -> str:
        return f"Summary since {self.since:%Y-%m-%d}"

    @property
    def question_list(self) -> list[str]:
        return [line.strip() for line in (self.questions or "").splitlines() if line.strip()]

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None
