"""API bodies are small: anything larger than AFTERGLOW_API_MAX_BODY is refused with 413
before it is read, as a problem document."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

from afterglow.api.problems import problem_response


class ApiBodyLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith("/api/"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            limit = settings.AFTERGLOW_API_MAX_BODY
            if length > limit:
                return problem_response(
                    413,
                    gettext("The request body is too large"),
                    gettext("At most %(limit)d bytes.") % {"limit": limit},
                )
        return self.get_response(request)
