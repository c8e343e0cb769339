"""Errors as RFC 9457 problem details (``application/problem+json``)."""

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext


class Problem(Exception):
    def __init__(self, status: int, title: str, detail: str = "", **extra: Any) -> None:
        super().__init__(title)
        self.status, self.title, self.detail, self.extra = status, title, detail, extra


def problem_response(status: int, title: str, detail: str = "", **extra: Any) -> HttpResponse:
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    response = HttpResponse(
        json.dumps(body), status=status, content_type="application/problem+json"
    )
    if status == 429 and "retry_after" in extra:
        response["Retry-After"] = str(extra["retry_after"])
    return response


def from_problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    return problem_response(exc.status, exc.title, exc.detail, **exc.extra)


def form_errors(form: Any) -> Problem:
    """A Django form's errors, field by field, as a 422 problem."""
    errors = {field: [str(m) for m in messages] for field, messages in form.errors.items()}
    return Problem(
        422, gettext("The request has invalid values"), gettext("See errors."), errors=errors
    )
