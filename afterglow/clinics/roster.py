"""Inviting many patients from a CSV file: read, check every row, then all or nothing.

The file has a header row with ``email`` and ``full_name``, and optionally ``clinicians``:
the emails of the clinicians who will care for the patient, separated by ``;``. It is read
as UTF-8 (a spreadsheet's "CSV UTF-8"; a byte-order mark is fine), at most 1 MB and 500 rows.
Each row is checked with ``RosterRowForm``; a bad address, a duplicate (in the file, or of
an account or a pending invitation), an unknown clinician or a bad name marks the row, and
if any row is marked nothing is imported.
"""

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from afterglow.accounts.models import Invitation, InvitationRole
from afterglow.accounts.services import invitation_make, invitation_send
from afterglow.audit.services import record
from afterglow.clinics.access import clinicians_of
from afterglow.clinics.models import Clinic

MAX_BYTES = 1024 * 1024
MAX_ROWS = 500
REQUIRED = ("email", "full_name")
SALT = "afterglow.clinics.roster"
User = get_user_model()


class RosterError(Exception):
    """The file as a whole cannot be read (size, encoding, header)."""


@dataclass
class RosterRow:
    line: int
    email: str
    full_name: str
    clinicians: list[Any] = field(default_factory=list)
    clinician_emails: str = ""
    errors: list[str] = field(default_factory=list)


class RosterRowForm(forms.Form):
    email = forms.EmailField(max_length=254)
    full_name = forms.CharField(max_length=150)
    clinicians = forms.CharField(required=False, max_length=1000)


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns: email, full_name, and optionally clinicians (their emails, separated "
            "by ;). Saved as CSV UTF-8, at most 1 MB and 500 patients."
        ),
    )

    def clean_file(self) -> str:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("This file is %(mb).1f MB; the most we take is 1 MB (500 patients)."),
                params={"mb": upload.size / 1024 / 1024},
            )
        try:
            return str(upload.read().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise forms.ValidationError(
                _(
                    "This file isn't UTF-8 text. In your spreadsheet, save it as "
                    "“CSV UTF-8” and upload it again."
                )
            )


def read_rows(text: str) -> list[RosterRow]:
    """Split the text into rows (lines counted from 1, the header being line 1)."""
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [name.strip().lower() for name in reader.fieldnames or []]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise RosterError(
                _("The first row must name the columns email and full_name (missing: %(m)s).")
                % {"m": ", ".join(missing)}
            )
        reader.fieldnames = header
        rows = [
            RosterRow(
                line=reader.line_num,
                email=(raw.get("email") or "").strip(),
                full_name=(raw.get("full_name") or "").strip(),
                clinician_emails=(raw.get("clinicians") or "").strip(),
            )
            for raw in reader
            if any((value or "").strip() for value in raw.values() if isinstance(value, str))
        ]
    except csv.Error as error:
        raise RosterError(_("This file isn't a CSV file we can read (%(e)s).") % {"e": error})
    if not rows:
        raise RosterError(_("The file has no patients below its first row."))
    if len(rows) > MAX_ROWS:
        raise RosterError(_("The file has %(n)d patients; the most is 500.") % {"n": len(rows)})
    return rows


def check_rows(rows: list[RosterRow], clinic: Clinic) -> list[RosterRow]:
    """Mark each row's problems, in place; the rows are returned for convenience."""
    staff = {user.email: user for user in clinicians_of(clinic).filter(is_active=True)}
    emails = [row.email.lower() for row in rows]
    taken = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    pending = set(
        Invitation.objects.filter(
            email__in=emails, accepted_at=None, revoked_at=None, expires_at__gt=timezone.now()
        ).values_list("email", flat=True)
    )
    seen: dict[str, int] = {}
    for row in rows:
        form = RosterRowForm(
            {"email": row.email, "full_name": row.full_name, "clinicians": row.clinician_emails}
        )
        if not form.is_valid():
            row.errors.extend(_field_errors(form))
        email = row.email.lower()
        row.email = email
        if email in seen:
            row.errors.append(_("The same email as line %(n)d.") % {"n": seen[email]})
        seen.setdefault(email, row.line)
        if email in taken:
            row.errors.append(_("Someone already has an account with this email."))
        elif email in pending:
            row.errors.append(_("This email already has an invitation waiting."))
        row.clinicians = []
        for address in filter(None, (a.strip().lower() for a in row.clinician_emails.split(";"))):
            if address in staff:
                row.clinicians.append(staff[address])
            else:
                row.errors.append(
                    _("%(email)s is not an active clinician of this clinic.") % {"email": address}
                )
    return rows


def _field_errors(form: forms.Form) -> list[str]:
    names = {"email": _("Email"), "full_name": _("Full name"), "clinicians": _("Clinicians")}
    return [
        f"{names.get(name, name)}: {message}"
        for name, messages in form.errors.items()
        for message in messages
    ]


def seal(rows: list[RosterRow]) -> str:
    """The checked rows, signed, for the preview page's "Send" button to carry back."""
    plain = [[r.line, r.email, r.full_name, r.clinician_emails] for r in rows]
    return signing.dumps(plain, salt=SALT, compress=True)


def unseal(sealed: str) -> list[RosterRow]:
    """The rows a preview showed (within an hour); checked again before anything is made."""
    plain = signing.loads(sealed, salt=SALT, max_age=3600)
    return [
        RosterRow(line=line, email=e, full_name=n, clinician_emails=c) for line, e, n, c in plain
    ]


def invitations_import(
    *, rows: list[RosterRow], clinic: Clinic, by: Any, request: HttpRequest
) -> list[Invitation]:
    """Invite every row's patient, all or none; the emails go once all are saved."""
    if any(row.errors for row in rows):
        raise ValueError("rows with errors are never imported")
    with transaction.atomic():
        made = [
            invitation_make(
                inviter=by,
                clinic=clinic,
                email=row.email,
                full_name=row.full_name,
                role=InvitationRole.PATIENT,
                care_team=row.clinicians,
                request=request,
            )
            for row in rows
        ]
        record(
            action="invitation.import", request=request, clinic=clinic, detail={"rows": len(made)}
        )
    for invitation, link in made:
        invitation_send(invitation=invitation, link=link)
    return [invitation for invitation, _link in made]
