from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from afterglow.ops.backup import backup


class Command(BaseCommand):
    help = "Back up the SQLite database to a new file while the app runs (online backup API)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "target", type=Path, help="The new backup file, e.g. var/backup.sqlite3"
        )

    def handle(self, *args: Any, target: Path, **options: Any) -> None:
        size = backup(target)
        self.stdout.write(f"Backed up to {target} ({size:,} bytes).")
