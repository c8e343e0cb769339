"""Which language a person reads Afterglow in (issue 23).

A person's own choice (the account page) comes first; a person who chose none reads their
clinic's language; before signing in, the browser's language (or the one picked on the
sign-in page). A code Afterglow does not speak falls back to the clinic's language, then to
``settings.LANGUAGE_CODE``. Emails, texts and notifications are written in the recipient's
language, whoever triggers them (:func:`speaking`).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers


def supported(code: str | None) -> str | None:
    """``code`` if Afterglow speaks it ("es", "es-mx" → "es"), else None."""
    if not code:
        return None
    base = code.lower().split("-")[0].split("_")[0]
    return base if base in {c for c, _name in settings.LANGUAGES} else None


def clinic_language(user: Any) -> str:
    """The language of the clinic ``user`` belongs to (as a patient or as staff).

    Read from the person's roles, which every signed-in request looks up once anyway: no
    query of its own.
    """
    from afterglow.clinics.access import roles_of

    roles = roles_of(user)
    clinics = (roles.patient.clinic,) if roles.patient is not None else roles.staff_clinics
    clinic = clinics[0] if clinics else None
    return supported(clinic.language if clinic else None) or settings.LANGUAGE_CODE


def for_user(user: Any) -> str:
    """The language to write to ``user`` in: their choice, else their clinic's."""
    return supported(getattr(user, "language", "")) or clinic_language(user)


@contextmanager
def speaking(user: Any) -> Iterator[str]:
    """Translate what is written inside the block into ``user``'s language."""
    code = for_user(user)
    with translation.override(code):
        yield code


def for_request(request: HttpRequest) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return for_user(user)
    return translation.get_language_from_request(request) or settings.LANGUAGE_CODE


class PersonLanguageMiddleware:
    """Every page in the reader's language (after the session and sign-in are known)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        code = supported(for_request(request)) or settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = code  # type: ignore[attr-defined]
        try:
            response = self.get_response(request)
        finally:
            translation.deactivate()
        response.headers.setdefault("Content-Language", code)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            # Signed out, the page depends on the browser's language and the chosen cookie.
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
