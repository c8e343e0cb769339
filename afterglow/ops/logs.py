"""Structured logs: one JSON line per request, with no patient content.

The line holds a request id (also sent back as ``X-Request-ID``), the user's numeric id,
the method, the route's pattern (``/journal/<uuid:entry_id>/``, never the query string:
a journal search's words stay out of logs), the status and the duration.
"""

import json
import logging
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse

log = logging.getLogger("afterglow.request")
REQUEST_ID = "HTTP_X_REQUEST_ID"


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON, with whatever ``extra`` fields it carries."""

    SKIP = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({k: v for k, v in vars(record).items() if k not in self.SKIP})
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(line, default=str)


def _request_id(request: HttpRequest) -> str:
    given = request.META.get(REQUEST_ID, "")
    if given and len(given) <= 64 and given.replace("-", "").isalnum():
        return given
    return uuid.uuid4().hex


def _route(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return "/" + match.route if match is not None and match.route else "(unrouted)"


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        request_id = _request_id(request)
        request.request_id = request_id  # type: ignore[attr-defined]
        status = 500
        try:
            response = self.get_response(request)
            status = response.status_code
            response["X-Request-ID"] = request_id
            return response
        finally:
            user = getattr(request, "user", None)
            log.info(
                "request",
                extra={
                    "request_id": request_id,
                    "user_id": user.pk if user is not None and user.is_authenticated else None,
                    "method": request.method,
                    "route": _route(request),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
