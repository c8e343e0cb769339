import uuid

from django.db import models

from afterglow.lib.fields import EncryptedTextField


class SealedNote(models.Model):
    """A row with encrypted free text, for the tests of encryption at rest."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4)
    title = models.CharField(max_length=50, blank=True)
    body = EncryptedTextField(blank=True, null=True)

    def __str__(self) -> str:
        return self.title
