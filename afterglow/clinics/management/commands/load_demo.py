from typing import Any

from django.core.management.base import BaseCommand

from afterglow.clinics.demo import DEMO_PASSWORD, PATIENTS, STAFF, demo_totp_secret, load_demo


class Command(BaseCommand):
    help = "Load the demo clinic (safe to run again: it changes nothing the second time)."

    def handle(self, *args: Any, **options: Any) -> None:
        clinic = load_demo()
        out = self.stdout.write
        out(self.style.SUCCESS(f"\nDemo clinic ready: {clinic.name}"))
        out(f"Every demo account's password: {DEMO_PASSWORD}\n")
        out("Patients:")
        for person in PATIENTS:
            out(f"  {person.email:<34} {person.full_name} — {person.story}")
        out("Staff (second step: a code from an authenticator app):")
        for person in STAFF:
            out(f"  {person.email:<34} {person.full_name} — {person.story}")
        out(f"  Authenticator key for all demo staff: {demo_totp_secret()}")
        out("  Or print the current code: .venv/bin/python manage.py demo_code\n")
