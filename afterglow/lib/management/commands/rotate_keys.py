from typing import Any

from django.core.management.base import BaseCommand

from afterglow.lib.crypto import keyring
from afterglow.lib.rotation import rotate_all


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted field under the current (first) key of "
        "AFTERGLOW_ENCRYPTION_KEYS. Runs while the app serves; safe to run again."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = rotate_all()
        self.stdout.write(
            self.style.SUCCESS(
                f"Key {keyring().current_id}: {report.rotated} re-encrypted, "
                f"{report.current} already current, {report.changed_meanwhile} changed meanwhile "
                f"(already under the current key); {report.reindexed} search entries re-indexed."
            )
        )
