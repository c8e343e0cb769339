import hashlib
import hmac
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from afterglow.clinics.access import roles_of


def device_key(user_pk: object) -> str:
    """An opaque name for a person's offline copies: the same on each visit, meaningless
    outside this server, and never their id."""
    secret = settings.SECRET_KEY.encode()
    return hmac.new(secret, f"offline:{user_pk}".encode(), hashlib.sha256).hexdigest()[:24]


def offline(request: HttpRequest) -> dict[str, Any]:
    """For a signed-in patient: who they are (opaquely) and the pages kept for offline use.
    Anyone else: nothing, and the page tells the service worker to forget every kept page."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not roles_of(user).is_patient:
        return {"offline_user": "", "offline_pages": ""}
    pages = [reverse("today"), reverse("safety:crisis"), reverse("journal:new")]
    return {"offline_user": device_key(user.pk), "offline_pages": " ".join(pages)}
