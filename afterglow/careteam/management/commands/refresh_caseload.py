from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from afterglow.careteam import summary


class Command(BaseCommand):
    help = (
        "Rebuild every patient's caseload summary from their records (idempotent; the app "
        "keeps them current on every write, so this is for after a bulk load or a repair). "
        "With --check, change nothing and exit non-zero if any summary is out of date."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true", help="report only, change nothing")

    def handle(self, *args: Any, check: bool = False, **options: Any) -> None:
        if check:
            stale = summary.drift()
            if stale:
                raise CommandError(f"{len(stale)} caseload summary(ies) out of date.")
            self.stdout.write("Every caseload summary is up to date.")
            return
        self.stdout.write(f"{summary.refresh()} caseload summary(ies) rebuilt.")
