"""A piece's file goes when its row goes (delete, erasure), once the transaction commits."""

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from afterglow.voice import store
from afterglow.voice.models import VoiceChunk


@receiver(post_delete, sender=VoiceChunk)
def remove_piece(sender: Any, instance: VoiceChunk, **kwargs: Any) -> None:
    name = instance.name
    transaction.on_commit(lambda: store.remove(name))
