import hashlib
import json
from datetime import UTC
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from afterglow.audit import keys

GENESIS = "0" * 64


class Outcome(models.TextChoices):
    SUCCESS = "success", _("Success")
    DENIED = "denied", _("Denied")
    FAILURE = "failure", _("Failure")


class AuditEvent(models.Model):
    """One append-only row: who did what, to which patient's data, when and from where.

    ``hash`` is an HMAC-SHA-256, under the audit key ``key_id``, of this row's fields and the
    previous row's hash, so an edit or a deletion anywhere breaks the chain
    (``manage.py verify_audit``) and nobody without the key can make a new one that holds.
    Rows written before the chain was keyed have an empty ``key_id`` and a plain SHA-256
    (see ``ChainHead``). ``detail`` holds identifiers and codes only: never free text a
    patient or clinician wrote.
    """

    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    clinic = models.ForeignKey(
        "clinics.Clinic", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(max_length=64, db_index=True)
    patient = models.ForeignKey(
        "clinics.Patient", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.SUCCESS)
    ip = models.GenericIPAddressField(null=True, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, editable=False, unique=True)
    key_id = models.CharField(max_length=32, blank=True, editable=False)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["patient", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} ({self.outcome})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("Audit events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ValueError("Audit events are append-only")

    def canonical(self) -> str:
        return json.dumps(
            {
                "created_at": self.created_at.astimezone(UTC).isoformat(),
                "actor": self.actor_id,
                "clinic": self.clinic_id,
                "action": self.action,
                "patient": str(self.patient_id) if self.patient_id else None,
                "object_type": self.object_type,
                "object_id": self.object_id,
                "outcome": self.outcome,
                "ip": self.ip,
                "detail": self.detail,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    def compute_hash(self) -> str:
        """The keyed hash, or the plain one of a row from before the chain was keyed."""
        if not self.key_id:
            return self.legacy_hash()
        return keys.mac(self.key_id, f"event|{self.key_id}|{self.prev_hash}|{self.canonical()}")

    def legacy_hash(self) -> str:
        return hashlib.sha256(f"{self.prev_hash}|{self.canonical()}".encode()).hexdigest()


class ChainHead(models.Model):
    """The one row that serialises writers of the chain (locked while a row is appended).

    It holds the newest hash and the number of events, and where the keyed chain began: the
    events up to ``legacy_last_id`` were chained before there was a key (plain SHA-256); the
    migration that keyed the chain recorded that boundary. ``mac`` covers all of it, so
    nobody without the key can move the boundary to pass rewritten events off as old ones,
    or wind the head back after deleting the newest events.
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_hash = models.CharField(max_length=64, default=GENESIS)
    count = models.PositiveBigIntegerField(default=0)
    legacy_count = models.PositiveBigIntegerField(default=0)
    legacy_last_id = models.PositiveBigIntegerField(default=0)
    legacy_last_hash = models.CharField(max_length=64, default=GENESIS)
    key_id = models.CharField(max_length=32, blank=True)
    mac = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return self.last_hash[:12]

    def message(self) -> str:
        return (
            f"head|{self.count}|{self.last_hash}|{self.legacy_count}|"
            f"{self.legacy_last_id}|{self.legacy_last_hash}"
        )

    def seal(self) -> None:
        self.key_id = keys.current_key_id()
        self.mac = keys.mac(self.key_id, self.message())

    def is_sealed(self) -> bool:
        return keys.matches(self.key_id, self.message(), self.mac)
