from typing import Any

from django.core.management.base import BaseCommand

from afterglow.voice.services import abandoned_delete


class Command(BaseCommand):
    help = (
        "Delete voice-note uploads never finished for 7 days (the browser that held the "
        "recording is gone), with their encrypted pieces. Idempotent: run it daily."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = abandoned_delete()
        self.stdout.write(f"Deleted {count} unfinished voice upload(s).")
