"""Writes sent from the offline queue happen once.

The device gives each thing written in the journal editor or a check-in an id of its own
(``crypto.randomUUID()``). A save posted as usual carries it in the form (``_offline_id``,
added by pwa.js as the form is sent); a save sent later from the offline queue, because the
device was offline or the connection dropped on the way, carries the same id as
``Idempotency-Key``. The first request with an id claims it (a unique row per person and id);
a second request with the same id is not passed to the view: while the first is still being
answered it gets 409 (try again later), afterwards the answer the first one got (the same
redirect, or 204 when the first showed a page). A server error or a refusal (403: the CSRF
token or the session had gone) frees the id, so the device may try again.
"""

import uuid
from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from afterglow.accounts.models import User
from afterglow.pwa.models import OfflineSend

HEADER = "Idempotency-Key"
FIELD = "_offline_id"
# Read as the CSRF check reads a form's fields anyway; any other body is left alone.
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
# Not an answer to keep: the request was refused before the view acted, or failed.
FREES_THE_KEY = (403,)


def _key(request: HttpRequest) -> uuid.UUID | None:
    if request.method != "POST" or not request.user.is_authenticated:
        return None
    value = request.headers.get(HEADER, "")
    if not value and request.content_type in FORMS:
        value = request.POST.get(FIELD, "")
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


class IdempotencyKeyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _key(request)
        if key is None:
            return self.get_response(request)
        user = request.user
        assert isinstance(user, User)  # _key() answered None for anyone not signed in
        try:
            with transaction.atomic():
                send = OfflineSend.objects.create(user=user, key=key)
        except IntegrityError:
            return _replay(OfflineSend.objects.get(user=user, key=key))
        try:
            response = self.get_response(request)
        except Exception:
            OfflineSend.objects.filter(pk=send.pk).delete()
            raise
        if response.status_code >= 500 or response.status_code in FREES_THE_KEY:
            OfflineSend.objects.filter(pk=send.pk).delete()
            return response
        location = response.get("Location", "") if 300 <= response.status_code < 400 else ""
        OfflineSend.objects.filter(pk=send.pk).update(
            status=response.status_code, location=location[:300]
        )
        return response


def _replay(send: OfflineSend) -> HttpResponse:
    if send.status == 0:
        response = HttpResponse(status=409)
        response["Retry-After"] = "5"
        return response
    if send.location:
        return HttpResponseRedirect(send.location)
    return HttpResponse(status=204)
