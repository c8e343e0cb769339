"""What a patient sees after saving words the detector noticed: the call every view makes.

    if (page := language.respond(request, form=form, source=entry, back=url)) is not None:
        return page

``crisis``: the resources, and "let my care team know" as the patient's own choice.
``concern``: a gentle question leading to the safety screener; "not now" is remembered for
that piece of writing, so the same entry never asks twice.
"""

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from afterglow.safety.language import services
from afterglow.safety.language.forms import FreeTextForm


def respond(
    request: HttpRequest,
    *,
    form: FreeTextForm,
    patient: Any,
    source: Any,
    back: str,
    clear_draft: str = "",
    title: str = "",
) -> HttpResponse | None:
    verdict = form.language
    check = services.text_check_record(
        patient=patient, source=source, verdict=verdict, request=request
    )
    if check is None:
        return None
    context = {"check": check, "back_url": back, "clear_draft": clear_draft, "title": title}
    if verdict.is_crisis:
        return render(request, "safety/language_crisis.html", context)
    if check.declined_at is not None:
        return None
    return render(request, "safety/language_concern.html", context)
