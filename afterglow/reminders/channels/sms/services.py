"""Writes for a person's text number: set (a code is texted), verify, stop and start, turn
off. Each audited with no number in the row. The number is stored encrypted; STOP and START
find it by its keyed hash (``TextNumber.number_hash``), and ``rehash_stale`` brings those
hashes under the current key after a key rotation."""

import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext

from afterglow.audit.services import record
from afterglow.lib import lookup
from afterglow.lib.language import speaking
from afterglow.lib.phones import e164
from afterglow.reminders.channels.sms.backends import backend
from afterglow.reminders.models import NUMBER_LOOKUP, TextNumber

CODE_LIFETIME = timedelta(minutes=15)
MAX_TRIES = 5


def _hash(code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def text_number_set(*, user: Any, number: str, request: HttpRequest | None) -> TextNumber:
    code = f"{secrets.randbelow(10**6):06d}"
    with transaction.atomic():
        text_number, _ = TextNumber.objects.update_or_create(
            user=user,
            defaults={
                "number": number,
                "code_hash": _hash(code),
                "code_sent_at": timezone.now(),
                "code_tries": 0,
                "verified_at": None,
                "stopped_at": None,
            },
        )
        record(action="sms.number_set", request=request, obj=text_number)
    with speaking(user):
        body = gettext("Your Afterglow code is %(code)s. It works for 15 minutes.") % {"code": code}
    backend().send(to=number, body=body)
    return text_number


def text_number_verify(*, user: Any, code: str, request: HttpRequest | None) -> bool:
    with transaction.atomic():
        number = TextNumber.objects.select_for_update().filter(user=user).first()
        if number is None or number.code_sent_at is None or not number.code_hash:
            return False
        fresh = timezone.now() - number.code_sent_at < CODE_LIFETIME
        number.code_tries += 1
        ok = (
            fresh
            and number.code_tries <= MAX_TRIES
            and hmac.compare_digest(number.code_hash, _hash(code.strip()))
        )
        if ok:
            number.verified_at, number.code_hash = timezone.now(), ""
        number.save()
        record(
            action="sms.number_verify",
            request=request,
            obj=number,
            outcome="success" if ok else "denied",
            detail={"tries": number.code_tries},
        )
    return ok


def text_number_remove(*, user: Any, request: HttpRequest | None) -> None:
    with transaction.atomic():
        removed, _ = TextNumber.objects.filter(user=user).delete()
        record(action="sms.number_remove", request=request, detail={"removed": removed})


STOP_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"}
START_WORDS = {"START", "YES", "UNSTOP"}


def text_keyword_receive(*, number: str, body: str) -> int:
    """STOP and START from the person's phone, as the provider's webhook reports them."""
    word = body.strip().upper()
    if word not in STOP_WORDS | START_WORDS:
        return 0
    stopped = timezone.now() if word in STOP_WORDS else None
    found = TextNumber.objects.filter(
        number_hash__in=lookup.hashes(NUMBER_LOOKUP, e164(number) or number.strip())
    )
    with transaction.atomic():
        changed = found.update(stopped_at=stopped)
        for text_number in found.select_related("user"):
            record(
                action="sms.stop" if stopped else "sms.start",
                actor=text_number.user,
                obj=text_number,
            )
    return changed


def rehash_stale() -> int:
    """Lookup hashes made under an older key, made again under the current one (run by
    ``rotate_keys``); each row is updated only if it still holds the hash read."""
    count = 0
    stale = TextNumber.objects.exclude(number_hash__startswith=lookup.current_prefix())
    for row in stale.iterator(chunk_size=500):
        fresh = lookup.current(NUMBER_LOOKUP, row.number)
        count += TextNumber.objects.filter(pk=row.pk, number_hash=row.number_hash).update(
            number_hash=fresh
        )
    return count
