"""The JSON API under /api/v1/ (django-ninja): authentication, errors as problem details,
the OpenAPI document and its browsable docs (served by the app, no CDN)."""

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema

from afterglow.api import (
    account,
    care,
    care_team,
    circle,
    clinician,
    conversations,
    integration,
    journal,
    medicines,
    outcomes,
    records,
    screener,
    today,
    treatments,
)
from afterglow.api.auth import SignedInSession, TokenAuth
from afterglow.api.openapi import Document
from afterglow.api.problems import Problem, from_problem, problem_response


class Api(NinjaAPI):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        return Document(self, path_prefix)


api = Api(
    title="Afterglow API",
    version="1",
    description=(
        "Everything a person does in Afterglow. Patients: Today and the 24-hour plan, "
        "check-ins, the journal, questionnaires, the C-SSRS screener, the Happiness Circle, "
        "goals and integration sessions, medicines, notifications and reminders, messages "
        "with the care team. Clinicians: the caseload, a patient's page, timeline and "
        "records (sessions, plan, REMS, notes), shared entries, flags, conversations and "
        "the FHIR export. Clinic admins: care teams. Authenticate with a personal "
        "access token (`Authorization: Bearer ag_...`, made on your account page) or your "
        "signed-in browser session (writes need the CSRF token). Errors are RFC 9457 problem "
        "details; an id in a path or a body that is not yours answers 404."
    ),
    urls_namespace="api",
    auth=[TokenAuth(), SignedInSession()],
    docs_url="/docs",
    openapi_url="/openapi.json",
)
for module in (
    account,
    today,
    journal,
    outcomes,
    circle,
    integration,
    medicines,
    treatments,
    clinician,
    records,
    care,
    care_team,
    conversations,
    screener,
):
    api.add_router("/", module.router)


@api.exception_handler(Problem)
def _problem(request: HttpRequest, exc: Problem) -> HttpResponse:
    return from_problem(request, exc)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        loc = list(error.get("loc", []))
        # ("body", "data", "title") -> "title"; ("query", "limit") -> "limit"
        where = ".".join(str(p) for p in (loc[2:] if loc[:1] == ["body"] else loc[1:]))
        where = where or "body"
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        errors.setdefault(where, []).append(message)
    return problem_response(
        422, gettext("The request has invalid values"), gettext("See errors."), errors=errors
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    response = problem_response(
        401,
        gettext("Not signed in"),
        gettext("Send a valid, unexpired token, or sign in first."),
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem_response(404, gettext("Not found"))


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem_response(exc.status_code, str(exc))


def urls() -> Any:
    """The API's URL patterns, open to token callers (the site's sign-in redirect would
    turn an API 401 into an HTML page)."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        callback = getattr(pattern, "callback", None)
        if callback is not None:
            callback.login_required = False
    return patterns, app_name, namespace
