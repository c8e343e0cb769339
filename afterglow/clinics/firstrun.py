"""The first-run page's one-time setup code.

While no clinic exists, ``/setup/`` lets whoever holds the setup code create the first one.
The code is printed on the server's console (standard error: the terminal of ``make run`` or
gunicorn, or the service's journal) when the page is first opened, or by
``manage.py setup_code``; it is never in a URL or a log line. Only its SHA-256 is stored; it
works once, for an hour, and is thrown away after ten wrong tries. Once a clinic exists the
page answers 404 and no code is made again.
"""

import base64
import hashlib
import hmac
import secrets
import sys
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from afterglow.audit.models import Outcome
from afterglow.audit.services import record
from afterglow.clinics.models import Clinic, SetupCode

LIFETIME = timedelta(hours=1)
MAX_FAILURES = 10


def needed() -> bool:
    return not Clinic.objects.exists()


def _normal(code: str) -> str:
    return "".join(code.split()).replace("-", "").upper()


def _hash(code: str) -> str:
    return hashlib.sha256(_normal(code).encode()).hexdigest()


def _usable(row: SetupCode | None, now: datetime) -> bool:
    return (
        row is not None
        and row.used_at is None
        and row.expires_at > now
        and row.failures < MAX_FAILURES
    )


def code_issue(now: datetime) -> str:
    """A new code, replacing any earlier one. 80 random bits, in four groups of four."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode()
    code = "-".join(raw[i : i + 4] for i in range(0, 16, 4))
    SetupCode.objects.update_or_create(
        id=1,
        defaults={
            "code_hash": _hash(code),
            "created_at": now,
            "expires_at": now + LIFETIME,
            "failures": 0,
            "used_at": None,
        },
    )
    record(action="setup.code_issue")
    return code


def code_ensure(now: datetime) -> str | None:
    """Issue a code if none is usable (the first visit); None if one is out already."""
    if _usable(SetupCode.objects.filter(id=1).first(), now):
        return None
    return code_issue(now)


def announce(code: str, now: datetime, *, url: str, out: Any = None) -> None:
    """Print the code on the console, where only whoever runs the server sees it."""
    until = (now + LIFETIME).strftime("%H:%M UTC")
    stream = out or sys.stderr
    stream.write(
        f"\nAfterglow has no clinic yet. To set one up, open {url} and type this setup code"
        f" (it works once, until {until}; a code printed after it replaces it):"
        f"\n\n    {code}\n\n"
    )
    stream.flush()


def code_use(code: str, now: datetime) -> bool:
    """Spend the code if it is the right one. Call inside the transaction that makes the
    clinic, so a failure to make it leaves the code unspent."""
    with transaction.atomic():
        row = SetupCode.objects.select_for_update().filter(id=1).first()
        if row is None or not _usable(row, now):
            return False
        if not hmac.compare_digest(row.code_hash, _hash(code)):
            SetupCode.objects.filter(id=1).update(failures=row.failures + 1)
            record(action="setup.code_failed", outcome=Outcome.FAILURE)
            return False
        SetupCode.objects.filter(id=1).update(used_at=now)
        return True
