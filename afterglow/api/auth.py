"""Who is calling: a personal access token (``Authorization: Bearer ag_...``) or the browser
session (with its CSRF token for writes). Read-only tokens may only read; each token has
a rate limit (per minute, shared through the cache, so across processes with Redis)."""

import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from afterglow.accounts.signals import MFA_ENROL, MFA_PENDING
from afterglow.api.models import Scope
from afterglow.api.problems import Problem
from afterglow.api.tokens import token_find

SAFE = {"GET", "HEAD", "OPTIONS"}


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        row = token_find(token, timezone.now())
        if row is None:
            # Unknown, revoked or expired: 401 now, not a fall-through to the session
            # check (whose CSRF refusal would answer 403).
            raise AuthenticationError()
        if row.scope == Scope.READ and request.method not in SAFE:
            raise Problem(
                403,
                gettext("This token may only read"),
                gettext("Make a read-and-write token."),
            )
        _rate_limit(f"api-rate:{row.prefix}")
        request.user = row.user
        request.api_token = row  # type: ignore[attr-defined]
        return row.user


class SignedInSession(SessionAuth):
    """The browser's session, once its second step (if owed) is done."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None  # nobody signed in: 401, without a CSRF check first
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        session = getattr(request, "session", {})
        if session.get(MFA_PENDING) or session.get(MFA_ENROL):
            return None
        return super().authenticate(request, key)


def _rate_limit(key: str) -> None:
    limit = settings.AFTERGLOW_API_RATE_PER_MINUTE
    window = int(time.time() // 60)
    bucket = f"{key}:{window}"
    cache.add(bucket, 0, timeout=120)
    try:
        used = cache.incr(bucket)
    except ValueError:  # evicted between add and incr
        cache.set(bucket, 1, timeout=120)
        used = 1
    if used > limit:
        raise Problem(
            429,
            gettext("Too many requests"),
            gettext("This token may make %(limit)d requests a minute.") % {"limit": limit},
            retry_after=60 - int(time.time() % 60),
        )
