"""Security headers on every URL of ours, for a visitor and for signed-in people.

Parameters are filled with values that match nothing, so those pages answer 404 (or 405):
the headers must be there all the same.
"""

import re

import pytest
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver

from afterglow.testing.people import PASSWORD, sign_in

SAMPLES = {
    "uuid": "00000000-0000-4000-8000-000000000000",
    "int": "999999",
    "str": "nothing",
    "slug": "nothing",
}


def every_route() -> list[str]:
    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if str(entry.pattern) != "admin/":
                    yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield "/" + prefix + str(entry.pattern)

    def fill(route: str) -> str:
        return re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES[m.group(1) or "str"], route)

    return sorted({fill(route) for route in walk(get_resolver().url_patterns)})


def check_headers(response, *, signed_in: bool) -> None:
    csp = response["Content-Security-Policy"]
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    if response.get("Content-Type", "").startswith("image/svg+xml"):
        # A chart served as an image: nothing may load or run; its own styles may apply.
        assert "default-src 'none'" in csp and "script-src 'none'" in csp
    else:
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    # no-referrer is stricter still: the companion guide's link must not leak from its page.
    assert response["Referrer-Policy"] in {"same-origin", "no-referrer"}
    if signed_in:
        assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", every_route())
def test_every_page_sends_the_security_headers(people, path):
    check_headers(Client().get(path), signed_in=False)
    check_headers(sign_in(Client(), people.patient).get(path), signed_in=True)
    check_headers(sign_in(Client(), people.clinician).get(path), signed_in=True)


@override_settings(SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True)
def test_cookies_are_secure_httponly_and_samesite(people):
    client = Client()
    client.get("/accounts/login/")
    response = client.post(
        "/accounts/login/", {"username": people.patient.email, "password": PASSWORD}
    )
    session = response.cookies["afterglow_session"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = client.get("/accounts/login/").cookies.get("csrftoken") or client.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"


def test_the_hsts_header_is_sent_over_https(db):
    with override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_SSL_REDIRECT=False):
        response = Client().get("/accounts/login/", secure=True)
    assert "max-age=31536000" in response["Strict-Transport-Security"]
