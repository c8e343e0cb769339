"""The installable app: its manifest, its service worker (at the root, so it may answer for
every page) and the page it shows when there is no network and no kept copy."""

import json

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from afterglow.lib import language
from afterglow.lib.theme import LIGHT, PALETTES

# A manifest holds one colour of each: the light ones. Each page names its own theme-color,
# light and dark (base.html), which the browser uses once the page is open.
THEME = PALETTES[LIGHT].browser
BACKGROUND = "#fffaf5"  # site.css's --paper
# Files a page served from the device needs: the shell the service worker keeps at install.
SHELL_STATIC = (
    "afterglow/css/site.css",
    "afterglow/css/dark.css",
    "afterglow/js/site.js",
    "afterglow/js/pwa.js",
    "afterglow/js/editor.js",
    "afterglow/js/keep.js",
    "django_htmx/htmx-2.min.js",
    "afterglow/favicon.svg",
)


@login_not_required
@require_GET
@cache_control(max_age=3600, public=True)
def manifest(request: HttpRequest) -> HttpResponse:
    body = {
        "name": "Afterglow",
        "short_name": "Afterglow",
        "description": _("Your aftercare companion between sessions."),
        "lang": translation.get_language(),
        "id": "/",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": BACKGROUND,
        "theme_color": THEME,
        "icons": [
            {
                "src": static("afterglow/icons/icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
            },
            {
                "src": static("afterglow/icons/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
            },
            {
                "src": static("afterglow/icons/maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = HttpResponse(json.dumps(body, indent=1), content_type="application/manifest+json")
    # Its description is in the reader's language: a shared cache keeps one per language.
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@login_not_required
@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """Served from the root, not /static/, so its scope is the whole site. ``no-cache``: the
    browser checks for a new version on every visit."""
    context = {
        "offline_url": reverse("pwa:offline"),
        "languages": json.dumps([code for code, _name in settings.LANGUAGES]),
        "default_language": settings.LANGUAGE_CODE,
        "words": json.dumps(worker_words()),
        "shell": json.dumps([static(name) for name in SHELL_STATIC]),
        "static_prefix": static(""),
        "icon": static("afterglow/icons/icon-192.png"),
        "next_url": reverse("today"),
        "urgent_url": reverse("safety:crisis"),
    }
    response = render(request, "pwa/sw.js", context, content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


def worker_words() -> dict[str, dict[str, str]]:
    """What the service worker itself may show, in every language: it is one script for
    everyone on the device, and picks the words of the language its pages were last read in."""
    words = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            words[code] = {"notice": _("Something is waiting for you in Afterglow")}
    return words


@login_not_required
@require_GET
def offline(request: HttpRequest) -> HttpResponse:
    """Shown when there is no network and nothing kept for this page. Kept by the service
    worker without cookies, so it never holds anything of a person: one copy per language
    (``?lang=es``), the worker showing the one of the language its pages were read in."""
    code = language.supported(request.GET.get("lang")) or language.for_request(request)
    with translation.override(code):
        response = render(request, "pwa/offline.html")
    response["Content-Language"] = code
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response
