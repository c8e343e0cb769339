"""Structured logs: one JSON line per request, with no patient content.

The line holds a request id (also sent back as ``X-Request-ID``), the user's numeric id,
the method, the route's pattern (``/journal/<uuid:entry_id>/``, never the query string:
a journal search's words stay out of logs), the status and the duration.
"""

import json
import logging
import time
import traceback
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse

log = logging.getLogger("afterglow.request")
REQUEST_ID = "HTTP_X_REQUEST_ID"
# Django's loggers whose messages end with the request's path ("Not Found: /calendar/…").
PATH_LOGGERS = ("django.request", "django.security", "django.server")


def without_path(record: logging.LogRecord) -> str:
    """The record's message, cut before the path Django's own loggers append after a colon."""
    message = record.getMessage()
    if record.name.startswith(PATH_LOGGERS):
        return message.split(":")[0]  # "Internal Server Error", without the path
    return message


class RedactPaths(logging.Filter):
    """On the console handler, so plain lines (LOG_FORMAT=plain) lose the path as JSON ones
    do; the record's ``request`` (the full path and query) is dropped too."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith(PATH_LOGGERS):
            record.msg, record.args = without_path(record), ()
        return True


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON. Extras are kept only when they are plain values
    (a ``request`` object would print the full path and query); Django's own request
    warnings lose the path from their message; an exception is its class name and its
    stack (file, line, code), never its message, which may quote what someone wrote."""

    SKIP = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
    SCALARS = (str, int, float, bool, type(None))

    def format(self, record: logging.LogRecord) -> str:
        message = without_path(record)
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        for key, value in vars(record).items():
            if key not in self.SKIP and isinstance(value, self.SCALARS):
                line[key] = value
        request = getattr(record, "request", None)
        if request is not None and "route" not in line:
            line["route"] = _route(request)
        if record.exc_info and record.exc_info[0] is not None:
            line["error"] = record.exc_info[0].__name__
            line["stack"] = [
                f"{frame.filename}:{frame.lineno} {frame.name}"
                for frame in traceback.extract_tb(record.exc_info[2])
            ]
        return json.dumps(line, default=str)


class PlainFormatter(logging.Formatter):
    """Plain lines for reading by eye (LOG_FORMAT=plain). An exception is its class and its
    stack, as in the JSON lines: its message may quote what someone wrote."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        frames = [
            f"  {frame.filename}:{frame.lineno} {frame.name}\n"
            for frame in traceback.extract_tb(ei[2])
        ]
        return f"Traceback (message not logged):\n{''.join(frames)}{ei[0].__name__}"


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
