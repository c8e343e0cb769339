"""Idle and absolute session limits, and the second sign-in step for those who owe it."""

import time
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django_htmx.http import HttpResponseClientRedirect

from afterglow.accounts.signals import AUTH_TIME, LAST_SEEN, MFA_ENROL, MFA_PENDING
from afterglow.audit.services import record
from afterglow.clinics.access import roles_of

# Writing the session on every request would cost a write; a minute's precision is plenty.
TOUCH_EVERY_SECONDS = 30


def resume_path(request: HttpRequest) -> str:
    """Where to come back to after signing in again: this page, or the page a form was on."""
    if request.method == "GET" and not getattr(request, "htmx", False):
        return request.get_full_path()
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.path and referer.netloc == request.get_host():
        return referer.path + (f"?{referer.query}" if referer.query else "")
    return "/"


def redirect_to(request: HttpRequest, url: str) -> HttpResponse:
    if getattr(request, "htmx", False):
        return HttpResponseClientRedirect(url)
    return HttpResponseRedirect(url)


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            expired = self._expired(request)
            if expired:
                user = request.user
                next_path = resume_path(request)
                logout(request)
                record(
                    action="auth.session_expired",
                    actor=user,
                    request=request,
                    detail={"reason": expired},
                )
                query = urlencode({"next": next_path, "expired": expired})
                return redirect_to(request, f"{reverse(settings.LOGIN_URL)}?{query}")
        return self.get_response(request)

    def _expired(self, request: HttpRequest) -> str:
        now = time.time()
        session = request.session
        started = session.get(AUTH_TIME, now)
        last = session.get(LAST_SEEN, now)
        if now - started > settings.AFTERGLOW_SESSION_MAX_HOURS * 3600:
            return "absolute"
        staff = roles_of(request.user).is_staff_member or request.user.is_superuser
        idle_minutes = (
            settings.AFTERGLOW_IDLE_MINUTES_STAFF
            if staff
            else settings.AFTERGLOW_IDLE_MINUTES_PATIENT
        )
        if now - last > idle_minutes * 60:
            return "idle"
        if now - last > TOUCH_EVERY_SECONDS or LAST_SEEN not in session:
            session[LAST_SEEN] = now
        return ""


EXEMPT_VIEWS = {
    "accounts:logout",
    "accounts:mfa_verify",
    "accounts:mfa_setup",
    "safety:crisis",
}


class TwoFactorMiddleware:
    """Sends a person who owes a second step to it: verify a code, or (staff) enrol first."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if (
            request.user.is_authenticated
            and session is not None
            and (session.get(MFA_PENDING) or session.get(MFA_ENROL))
            and not self._exempt(request)
        ):
            name = "accounts:mfa_verify" if session.get(MFA_PENDING) else "accounts:mfa_setup"
            query = urlencode({"next": resume_path(request)})
            return redirect_to(request, f"{reverse(name)}?{query}")
        return self.get_response(request)

    @staticmethod
    def _exempt(request: HttpRequest) -> bool:
        if request.path_info.startswith(settings.STATIC_URL):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.view_name in EXEMPT_VIEWS
