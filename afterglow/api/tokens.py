"""Making, checking and revoking personal access tokens. A token is ``ag_<prefix>_<secret>``:
the prefix finds the row, the SHA-256 of the whole token must match (compared in constant
time). Tokens are long random strings, so a fast hash is enough."""

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.api.models import ApiToken
from afterglow.audit.services import record

MAX_DAYS = 365


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def token_create(
    *, user: Any, name: str, scope: str, days: int, request: HttpRequest | None
) -> tuple[ApiToken, str]:
    prefix = secrets.token_hex(5)
    token = f"ag_{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiToken.objects.create(
        user=user,
        name=name.strip(),
        prefix=prefix,
        token_hash=_hash(token),
        scope=scope,
        expires_at=timezone.now() + timedelta(days=days),
    )
    record(action="api_token.create", request=request, actor=user, obj=row, detail={"days": days})
    return row, token


@transaction.atomic
def token_revoke(*, token: ApiToken, request: HttpRequest | None) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        record(action="api_token.revoke", request=request, actor=token.user, obj=token)


def tokens_revoke_all(*, user: Any, request: HttpRequest | None) -> int:
    """Revoke every usable token of ``user`` (their account was deactivated)."""
    count = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if count:
        record(
            action="api_token.revoke_all",
            request=request,
            detail={"user_id": user.pk, "tokens": count},
        )
    return count


def token_find(presented: str, now: datetime) -> ApiToken | None:
    """The usable token matching ``presented``, or None (unknown, revoked, expired)."""
    parts = presented.split("_", 2)  # the secret itself may hold "_"
    if len(parts) != 3 or parts[0] != "ag":
        return None
    row = ApiToken.objects.filter(prefix=parts[1]).select_related("user").first()
    if row is None or not hmac.compare_digest(row.token_hash, _hash(presented)):
        return None
    if not row.usable(now) or not row.user.is_active:
        return None
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
    return row
