from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from afterglow.audit import checkpoint
from afterglow.audit.services import verify_chain


class Command(BaseCommand):
    help = (
        "Check the audit log's keyed hash chain: any edited or deleted event is reported. "
        "With --checkpoint FILE, also that every event the checkpoint saw is still there."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--checkpoint",
            type=Path,
            help="a file written by audit_checkpoint: finds deleted newest events",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        saved = None
        if options["checkpoint"] is not None:
            try:
                saved = checkpoint.read(Path(options["checkpoint"]))
            except checkpoint.CheckpointError as error:
                raise CommandError(f"Checkpoint refused: {error}")
        ok, message = verify_chain()
        if not ok:
            raise CommandError(f"Audit chain broken: {message}")
        if saved is not None:
            same, compared = checkpoint.compare(saved)
            if not same:
                raise CommandError(f"Audit log differs from the checkpoint: {compared}")
            message = f"{message}; {compared}"
        self.stdout.write(self.style.SUCCESS(message))
