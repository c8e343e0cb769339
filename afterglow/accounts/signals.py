"""Sign-in events go to the audit log; the session learns whether a second step is owed."""

import time
from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest
from django_otp import user_has_device

from afterglow.audit.models import Outcome
from afterglow.audit.services import record
from afterglow.clinics.access import roles_of
from afterglow.lib import language

MFA_PENDING = "afterglow_mfa_pending"
MFA_ENROL = "afterglow_mfa_enrol"
AUTH_TIME = "afterglow_auth_time"
LAST_SEEN = "afterglow_last_seen"


@receiver(user_logged_in)
def on_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if request is None:
        return
    now = time.time()
    request.session[AUTH_TIME] = now
    request.session[LAST_SEEN] = now
    # The clinic's language, remembered from sign-in on: no page pays a query for it.
    request.session[language.SESSION_KEY] = language.clinic_language(user)
    if user_has_device(user, confirmed=True):
        request.session[MFA_PENDING] = True
    elif roles_of(user).is_staff_member or user.is_superuser:
        request.session[MFA_ENROL] = True
    record(action="auth.login", actor=user, request=request)


@receiver(user_logged_out)
def on_logout(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(action="auth.logout", actor=user, request=request)


@receiver(user_login_failed)
def on_login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    email = str(credentials.get("username") or "").strip().lower()
    user = get_user_model().objects.filter(email=email).first() if email else None
    record(
        action="auth.login_failed",
        request=request,
        outcome=Outcome.FAILURE,
        detail={"user_id": user.pk if user else None},
    )


@receiver(user_locked_out)
def on_locked_out(
    sender: Any, request: HttpRequest, username: str | None, ip_address: str, **kwargs: Any
) -> None:
    email = (username or "").strip().lower()
    user = get_user_model().objects.filter(email=email).first() if email else None
    record(
        action="auth.lockout",
        request=request,
        outcome=Outcome.DENIED,
        detail={"user_id": user.pk if user else None},
    )
