"""What the device sent while it was offline: one row per client-made id, so a replay of
the same submission (the network came back twice, two tabs flushed the queue) is answered
from here instead of saving a second entry. Deleted after 30 days by
``delete_old_offline_sends`` (``pwa/services.py``)."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class OfflineSend(models.Model):
    """A write that arrived with an ``Idempotency-Key`` header. ``status`` is 0 while the
    first request is still being answered; afterwards the status it got and, for a redirect,
    where to. Nothing the person wrote is kept here."""

    id = models.BigAutoField(primary_key=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offline_sends"
    )
    key = models.UUIDField(default=uuid.uuid4)
    status = models.PositiveSmallIntegerField(default=0)
    location = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="one_offline_send_per_key")
        ]
        indexes = [models.Index(fields=["created_at"])]  # delete_old_offline_sends

    def __str__(self) -> str:
        return "Offline send"
