from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from afterglow.audit import checkpoint
from afterglow.audit.services import verify_chain


class Command(BaseCommand):
    help = (
        "Write a checkpoint of the audit chain (newest event, count, MAC) to FILE. Keep it "
        "away from the database; verify_audit --checkpoint FILE checks the log against it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="where to write the checkpoint (JSON)")

    def handle(self, *args: Any, **options: Any) -> None:
        ok, message = verify_chain()
        if not ok:
            raise CommandError(f"Audit chain broken, no checkpoint written: {message}")
        taken = checkpoint.take()
        checkpoint.write(taken, Path(options["file"]))
        self.stdout.write(
            self.style.SUCCESS(
                f"Checkpoint written to {options['file']}: {taken.count} events, "
                f"newest {taken.last_id}."
            )
        )
