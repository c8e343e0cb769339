"""The URL-coverage gate: the suite fails when a URL pattern of ours is never requested."""

from collections.abc import Callable, Iterator

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, URLResolver, get_resolver

SEEN: set[str] = set()
OWN_PREFIX = "afterglow."


class RecordRouteMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if match is not None:
            SEEN.add(match.route)
        return response


def _walk(patterns: list, prefix: str = "") -> Iterator[tuple[str, str]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            module = getattr(entry.callback, "__module__", "") or ""
            yield prefix + str(entry.pattern), module


def own_routes() -> set[str]:
    """Every route whose view is Afterglow's own (Django admin's are left to Django)."""
    return {
        route
        for route, module in _walk(get_resolver().url_patterns)
        if module.startswith(OWN_PREFIX) or module.startswith("django.contrib.auth.views")
    }


def missing_routes() -> list[str]:
    return sorted(own_routes() - SEEN)
