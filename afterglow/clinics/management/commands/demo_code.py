from typing import Any

from django.core.management.base import BaseCommand
from django_otp.oath import TOTP

from afterglow.clinics.demo import DEMO_TOTP_HEX


class Command(BaseCommand):
    help = "Print the current two-step code of the demo staff accounts (demo only)."

    def handle(self, *args: Any, **options: Any) -> None:
        totp = TOTP(bytes.fromhex(DEMO_TOTP_HEX))
        self.stdout.write(f"{totp.token():06d}")
