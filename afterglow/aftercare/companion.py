"""The companion guide: a time-limited, revocable link for the person who takes the patient
home and stays with them. Only the SHA-256 of the token is stored; every opening is audited;
guessing is slowed by a per-address limit (shared through the cache)."""

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.aftercare.models import CompanionLink
from afterglow.audit.models import Outcome
from afterglow.audit.services import client_ip, record
from afterglow.treatments.models import SessionStatus, TreatmentSession

LASTS = timedelta(hours=36)  # from the session's start: the evening, the night and next day
MISSES_ALLOWED = 20  # unknown tokens per address in ten minutes
MISS_WINDOW = 600


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_for_link(patient: Any, now: datetime) -> TreatmentSession | None:
    """The session the guide is for: the next booked one in the coming week, else the
    latest completed one while its 36 hours last."""
    upcoming = (
        TreatmentSession.objects.filter(
            patient=patient,
            status=SessionStatus.SCHEDULED,
            starts_at__gte=now,
            starts_at__lte=now + timedelta(days=7),
        )
        .order_by("starts_at")
        .first()
    )
    if upcoming is not None:
        return upcoming
    return (
        TreatmentSession.objects.filter(
            patient=patient, status=SessionStatus.COMPLETED, starts_at__gt=now - LASTS
        )
        .order_by("-starts_at")
        .first()
    )


def companion_link_create(
    *, patient: Any, by: Any, now: datetime, request: HttpRequest | None = None
) -> tuple[CompanionLink, str]:
    """A new link and its token (shown once: only its hash is kept)."""
    session = session_for_link(patient, now)
    if session is None:
        raise ValidationError(
            _("A companion link is for a session booked in the coming week, or one today.")
        )
    token = secrets.token_urlsafe(32)
    link = CompanionLink(
        patient=patient,
        session=session,
        token_hash=token_hash(token),
        created_by=by,
        expires_at=session.starts_at + LASTS,
    )
    link.full_clean()
    with transaction.atomic():
        link.save()
        record(action="companion.create", actor=by, request=request, patient=patient, obj=link)
    return link, token


def companion_link_revoke(
    *, link: CompanionLink, request: HttpRequest | None = None
) -> CompanionLink:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        with transaction.atomic():
            link.save(update_fields=["revoked_at"])
            record(action="companion.revoke", request=request, patient=link.patient, obj=link)
    return link


def too_many_misses(request: HttpRequest) -> bool:
    return int(cache.get(_bucket(request)) or 0) >= MISSES_ALLOWED


def _bucket(request: HttpRequest) -> str:
    return f"companion-miss:{client_ip(request) or 'unknown'}"


def count_miss(request: HttpRequest) -> None:
    bucket = _bucket(request)
    cache.add(bucket, 0, timeout=MISS_WINDOW)
    try:
        cache.incr(bucket)
    except ValueError:
        cache.set(bucket, 1, timeout=MISS_WINDOW)


def link_opened(request: HttpRequest, token: str, now: datetime) -> CompanionLink | None:
    """The link for ``token`` (None if there is none); each opening is audited, a closed
    link's as denied."""
    link = (
        CompanionLink.objects.select_related("patient__user", "patient__clinic", "session")
        .filter(token_hash=token_hash(token))
        .first()
    )
    if link is None:
        count_miss(request)
        return None
    is_open = link.is_open(now)
    record(
        action="companion.open",
        request=request,
        patient=link.patient,
        obj=link,
        outcome=Outcome.SUCCESS if is_open else Outcome.DENIED,
        detail={} if is_open else {"why": "revoked" if link.revoked_at else "expired"},
    )
    return link
