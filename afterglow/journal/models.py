import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext

from afterglow.journal.vocab import emotion_label
from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.lib.fields import EncryptedTextField
from afterglow.lib.limits import ENTRY_BODY_MAX

BODY_MAX = ENTRY_BODY_MAX  # one limit for the page and the API (lib/limits.py)
SCALE = [MinValueValidator(1), MaxValueValidator(5)]


class Prompt(models.Model):
    """A guided question, tagged with when it fits. Each clinic edits its own library."""

    clinic = models.ForeignKey("clinics.Clinic", on_delete=models.CASCADE, related_name="+")
    key = models.SlugField()
    text = models.TextField()
    fits = models.JSONField(
        default=list, help_text="session_day, first_week, integration, maintenance"
    )
    dimension = models.CharField(max_length=16, choices=DIMENSIONS, blank=True)
    integration_area = models.CharField(max_length=20, choices=INTEGRATION_AREAS, blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["key"]
        constraints = [models.UniqueConstraint(fields=["clinic", "key"], name="unique_prompt")]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def shown_text(self) -> str:
        """The prompt in the reader's language while it is one Afterglow wrote
        (journal/content.py); a clinic's own words as the clinic wrote them."""
        return gettext(self.text)


class Entry(models.Model):
    """A journal entry. Private to the patient unless shared right now."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="journal_entries"
    )
    title = EncryptedTextField(blank=True, null=True)
    body = EncryptedTextField()
    prompt = models.ForeignKey(
        Prompt, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    mood = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCALE)
    energy = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCALE)
    emotions = models.JSONField(default=list, blank=True)
    own_words = EncryptedTextField(blank=True, null=True)
    tags = EncryptedTextField(blank=True, null=True)
    session = models.ForeignKey(
        "treatments.TreatmentSession",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="journal_entries",
    )
    quick = models.BooleanField(default=False)
    shared_at = models.DateTimeField(null=True, blank=True)
    for_next_session = models.BooleanField(default=False)
    written_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["patient", "-created_at", "-id"]),
            models.Index(fields=["patient", "written_on"]),
            models.Index(fields=["patient", "shared_at"]),  # the caseload's new shares
        ]

    def __str__(self) -> str:
        return f"Entry of {self.written_on}"

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None

    @property
    def tag_list(self) -> list[str]:
        return [t for t in (self.tags or "").split(",") if t.strip()]

    @property
    def own_word_list(self) -> list[str]:
        return [w.strip() for w in (self.own_words or "").split(",") if w.strip()]

    @property
    def emotion_labels(self) -> list[str]:
        """The emotions named with a tap, in the reader's language."""
        return [emotion_label(code) for code in self.emotions]


class EntryToken(models.Model):
    """A keyed hash of one word, tag or emotion of an entry: search without plaintext."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="tokens")
    token = models.CharField(max_length=48)

    class Meta:
        # (token, entry): a search reads the matching entries from the index alone.
        indexes = [models.Index(fields=["token", "entry"])]
        constraints = [
            models.UniqueConstraint(fields=["entry", "token"], name="unique_entry_token")
        ]

    def __str__(self) -> str:
        return self.token


class Draft(models.Model):
    """What the patient is writing, saved as they type: one per new entry or entry edited."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey("clinics.Patient", on_delete=models.CASCADE, related_name="+")
    entry = models.ForeignKey(
        Entry, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    slot = models.CharField(max_length=64, help_text="'new' or the entry's id")
    title = EncryptedTextField(blank=True, null=True)
    body = EncryptedTextField(blank=True, null=True)
    fields = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["patient", "slot"], name="one_draft_per_slot")
        ]

    def __str__(self) -> str:
        return f"Draft {self.slot}"


class PromptAssignment(models.Model):
    """A prompt a clinician gave as homework, until the patient answers it."""

    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="prompt_assignments"
    )
    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="+")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    answered_by = models.ForeignKey(
        Entry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-assigned_at"]

    def __str__(self) -> str:
        return f"{self.prompt} for {self.patient}"
