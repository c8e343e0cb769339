from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from afterglow.pwa.services import RETENTION, offline_sends_delete_old


class Command(BaseCommand):
    help = (
        "Delete the offline queue's ids (OfflineSend) older than the retention (30 days), and "
        "claims abandoned for an hour. Idempotent: run it every minute with send_reminders, "
        "or daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days", type=int, default=RETENTION.days, help="Keep ids this many days."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["days"] < 1:
            raise CommandError("--days must be at least 1: a replay must still find its id.")
        count = offline_sends_delete_old(
            now=timezone.now(), retention=timedelta(days=options["days"])
        )
        if options["verbosity"] > 0:
            self.stdout.write(f"Deleted {count} offline send id(s).")
