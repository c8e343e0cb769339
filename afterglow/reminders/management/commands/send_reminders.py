"""Send what is due. Safe to run every minute, and on several machines at once: each
reminder is made once and emailed once (the database decides, see reminders/delivery.py)."""

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from afterglow.reminders.send import run


class Command(BaseCommand):
    help = "Turn what is due into notifications and emails (idempotent; run every minute)."

    def handle(self, *args: Any, **options: Any) -> None:
        result = run(timezone.now())
        if options["verbosity"] > 0:
            self.stdout.write(str(result))
