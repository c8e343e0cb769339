"""Error pages that say what happened in plain words and leak nothing."""

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from afterglow.api.problems import problem_response
from afterglow.lib.theme import DEVICE, page_context
from afterglow.safety.resources import CrisisResources


def _api(request: HttpRequest) -> bool:
    return request.path_info.startswith("/api/")


def bad_request(request: HttpRequest, exception: Any = None) -> HttpResponse:
    if _api(request):
        return problem_response(400, _("Bad request"))
    return render(request, "errors/400.html", status=400)


def not_found(request: HttpRequest, exception: Any = None) -> HttpResponse:
    """The API answers in its own terms (problem details), the site with a page."""
    if _api(request):
        return problem_response(404, _("Not found"))
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No request context: the failure may be the database the context processors read.
    # Nor the person's choice of light or dark, then: the device's.
    body = render_to_string(
        "errors/500.html",
        {
            "crisis": CrisisResources(),
            "LANGUAGE_CODE": translation.get_language(),
            **page_context(DEVICE),
        },
    )
    return HttpResponseServerError(body)
