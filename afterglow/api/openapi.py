"""The OpenAPI document: every status an operation can answer, errors as problem details.

Each route names its successes and the errors of its own logic (``base.answers``: a 404 for
what is not yours, a 409 for a check-in that is not open). The statuses that follow from an
operation's shape are added here, so none can be forgotten:

- every operation: 401 (no, or no valid, credentials; with ``WWW-Authenticate``) and 429
  (past the token's rate; with ``Retry-After``);
- every write: 403 (a read-only token; a browser session without its CSRF token);
- a request body: 400 (not JSON), 413 (too large), 422 (invalid values);
- query or path parameters: 422.
"""

from typing import Any

from ninja.openapi.schema import OpenAPISchema
from ninja.operation import Operation

from afterglow.api.base import Problem

PROBLEM = "application/problem+json"
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
DESCRIPTIONS = {
    400: "The body is not JSON.",
    401: "No credentials, or a token that is unknown, revoked or expired.",
    403: "A read-only token, or a browser session without its CSRF token, tried to write.",
    404: "Not found, or not yours to see (the answer is the same).",
    409: "Not possible now (see the detail).",
    413: "The body is larger than the API takes.",
    422: "Values that are invalid; `errors` names each field.",
    429: "Too many requests with this token; wait as `Retry-After` says.",
}
HEADERS = {
    401: {
        "WWW-Authenticate": {
            "required": True,
            "schema": {"type": "string", "enum": ["Bearer"]},
            "description": "How to authenticate.",
        }
    },
    429: {
        "Retry-After": {
            "required": True,
            "schema": {"type": "integer", "minimum": 0, "maximum": 60},
            "description": "Seconds until the next minute's requests are allowed.",
        }
    },
}


def implied(operation: Operation) -> set[int]:
    sources = {model.__ninja_param_source__ for model in operation.models}
    statuses = {401, 429}
    if WRITES & set(operation.methods):
        statuses.add(403)
    if "body" in sources:
        statuses |= {400, 413, 422}
    if sources & {"query", "path"}:
        statuses.add(422)
    return statuses


class Document(OpenAPISchema):
    def operation_details(self, operation: Operation) -> dict[str, Any]:
        """The summary is the first line of the view's docstring, when it has one."""
        result = super().operation_details(operation)
        lines = (operation.view_func.__doc__ or "").strip().splitlines()
        if lines and operation.summary == operation.view_func.__name__.title().replace("_", " "):
            result["summary"] = lines[0]
        return result

    def responses(self, operation: Operation) -> dict[int, Any]:
        result = super().responses(operation)
        for status in implied(operation):
            result.setdefault(status, {})
        self.schemas.setdefault("Problem", Problem.model_json_schema())
        for status, details in result.items():
            if status < 400:
                continue
            details["description"] = DESCRIPTIONS.get(status, details.get("description", ""))
            details["content"] = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
            if status in HEADERS:
                details["headers"] = HEADERS[status]
        return dict(sorted(result.items()))
