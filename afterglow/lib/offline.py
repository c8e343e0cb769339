"""Which pages the service worker may keep for offline use.

A page opts in with ``@offline_copy``: its response carries ``X-Afterglow-Offline: keep``,
and the service worker (``afterglow/pwa``) stores only responses that carry it, and only when
a signed-in patient's page asks it to. Every other page, clinicians' pages above all, is
never stored.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse

HEADER = "X-Afterglow-Offline"


def offline_copy(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response[HEADER] = "keep"
        return response

    return wrapped
