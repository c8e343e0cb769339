from typing import Any

from django.core.management.base import BaseCommand, CommandError

from afterglow.audit.services import verify_chain


class Command(BaseCommand):
    help = "Check the audit log's hash chain: any edited or deleted event is reported."

    def handle(self, *args: Any, **options: Any) -> None:
        ok, message = verify_chain()
        if not ok:
            raise CommandError(f"Audit chain broken: {message}")
        self.stdout.write(self.style.SUCCESS(message))
