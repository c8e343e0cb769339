from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from afterglow.clinics.demo import (
    DEMO_CODE_COMMAND,
    DEMO_PASSWORD,
    PATIENTS,
    STAFF,
    demo_totp_secret,
    load_demo,
)


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
        out(f"  Or print the current code: {DEMO_CODE_COMMAND}\n")
        # The flags that time makes due (a REMS record or an integration session missing), as
        # the hourly job would have raised them: the caseload shows them from the first look.
        call_command("raise_due_flags", stdout=self.stdout)
