from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from afterglow.ops.backup import check_restored, restore


class Command(BaseCommand):
    help = (
        "Restore the SQLite database from a backup (stop the app first), then check every "
        "row count and that every encrypted value decrypts with the loaded keys."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("backup", type=Path)

    def handle(self, *args: Any, backup: Path, **options: Any) -> None:
        restore(backup)
        inventory = check_restored()
        rows = sum(inventory.rows.values())
        if inventory.unreadable:
            raise CommandError(
                f"Restored, but {len(inventory.unreadable)} encrypted values do not decrypt "
                "with the keys loaded (AFTERGLOW_ENCRYPTION_KEYS): "
                + ", ".join(inventory.unreadable[:5])
            )
        self.stdout.write(
            f"Restored {rows:,} rows; all {inventory.encrypted:,} encrypted values decrypt."
        )
