"""Voice notes: the database holds metadata only; the audio lives encrypted, chunk by chunk,
in the ``voice`` storage (see ``afterglow.voice.sealing``)."""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from afterglow.lib.fields import EncryptedTextField

DEFAULT_MAX_MINUTES = 10


class VoicePolicy(models.Model):
    """A clinic's choice for voice notes: how long one may be (10 minutes if not set)."""

    clinic = models.OneToOneField(
        "clinics.Clinic", on_delete=models.CASCADE, related_name="voice_policy"
    )
    max_minutes = models.PositiveSmallIntegerField(
        default=DEFAULT_MAX_MINUTES, validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    class Meta:
        verbose_name_plural = "voice policies"

    def __str__(self) -> str:
        return f"Voice notes up to {self.max_minutes} minutes"


class AudioFormat(models.TextChoices):
    WEBM = "webm", "WebM (Opus)"
    OGG = "ogg", "Ogg (Opus)"


class VoiceNote(models.Model):
    """One recording. Its id is made by the browser, so a second upload is the same note."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey(
        "clinics.Patient", on_delete=models.CASCADE, related_name="voice_notes"
    )
    entry = models.ForeignKey(
        "journal.Entry",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="voice_notes",
    )
    title = EncryptedTextField(blank=True, null=True)
    emotions = models.JSONField(default=list, blank=True)
    audio_format = models.CharField(max_length=8, choices=AudioFormat.choices)
    duration_ms = models.PositiveIntegerField(default=0)
    size = models.PositiveBigIntegerField(default=0)
    chunk_count = models.PositiveIntegerField(default=0)
    recorded_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    shared_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["patient", "-created_at"]),
            models.Index(fields=["patient", "shared_at"]),
        ]

    def __str__(self) -> str:
        return f"Voice note of {self.recorded_on}"

    @property
    def is_shared(self) -> bool:
        return self.shared_at is not None

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None

    @property
    def content_type(self) -> str:
        return f"audio/{self.audio_format}"

    @property
    def length(self) -> str:
        seconds = round(self.duration_ms / 1000)
        return f"{seconds // 60}:{seconds % 60:02d}"


class VoiceChunk(models.Model):
    """One encrypted piece of a note in storage, at a known place in the plaintext."""

    note = models.ForeignKey(VoiceNote, on_delete=models.CASCADE, related_name="chunks")
    index = models.PositiveIntegerField()
    offset = models.PositiveBigIntegerField()
    size = models.PositiveIntegerField()
    digest = models.CharField(max_length=64, help_text="SHA-256 of the plaintext piece")
    key_id = models.CharField(max_length=64)
    name = models.CharField(max_length=255, unique=True)

    class Meta:
        ordering = ["note", "index"]
        constraints = [
            models.UniqueConstraint(fields=["note", "index"], name="one_chunk_per_index")
        ]

    def __str__(self) -> str:
        return f"Chunk {self.index} of {self.note_id}"
