import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from afterglow.accounts.services import invitation_send
from afterglow.clinics.forms import NewClinicForm
from afterglow.clinics.founding import clinic_create

FIELDS = [
    ("name", "--name", "Clinic name"),
    ("time_zone", "--time-zone", "Clinic time zone (e.g. America/Chicago)"),
    ("phone", "--phone", "Clinic phone (may be empty)"),
    ("admin_name", "--admin-name", "First admin's full name"),
    ("admin_email", "--admin-email", "First admin's email"),
]


class Command(BaseCommand):
    help = (
        "Create a clinic and invite its first admin, who runs it from their own pages. "
        "Prints the invitation link (or emails it with --email). Asks for what is missing "
        "unless --no-input; nothing is made if anything is wrong."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        for _field, flag, label in FIELDS:
            parser.add_argument(flag, help=label)
        parser.add_argument(
            "--email", action="store_true", help="email the invitation instead of printing it"
        )
        parser.add_argument(
            "--no-input", "--noinput", action="store_false", dest="interactive", default=True
        )

    def handle(self, *args: Any, **options: Any) -> None:
        data = self._gather(options)
        form = NewClinicForm(data)
        if not form.is_valid():
            flags = {field: flag for field, flag, _label in FIELDS}
            problems = "\n".join(
                f"  {flags.get(name, name)}: {message}"
                for name, messages in form.errors.items()
                for message in messages
            )
            raise CommandError(f"Nothing was created.\n{problems}")
        founded = clinic_create(**form.cleaned_data, via="command")
        out = self.stdout.write
        out(self.style.SUCCESS(f"Clinic created: {founded.clinic.name}"))
        if options["email"]:
            invitation_send(invitation=founded.invitation, link=founded.link)
            out(f"Invitation emailed to {founded.invitation.email} (it works once, for 7 days).")
        else:
            out(f"Invitation for {founded.invitation.email} (it works once, for 7 days):")
            out(f"  {founded.link}")

    def _gather(self, options: dict[str, Any]) -> dict[str, str]:
        data = {field: options[field] for field, _flag, _label in FIELDS}
        ask = options["interactive"] and sys.stdin.isatty()
        missing = []
        for field, flag, label in FIELDS:
            if data[field] is not None or field == "phone" and not ask:
                continue
            if ask:
                data[field] = input(f"{label}: ").strip()
            else:
                missing.append(flag)
        if missing:
            raise CommandError(f"Nothing was created: give {', '.join(missing)}.")
        return {key: value or "" for key, value in data.items()}
