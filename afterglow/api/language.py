"""What the crisis-language check found in words a patient just sent, in the API's replies.

Every write that takes a patient's words validates them with the page's ``FreeTextForm``; the
endpoint then hands its result to ``checked()``, which keeps the verdict as the page's
``respond()`` does (a ``TextCheck`` and an audit row when something was found) and puts it on
the object returned, so the reply carries ``language`` as the page shows its notice."""

from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Field, Schema

from afterglow.api.base import OneOf
from afterglow.safety.language import FreeTextForm, Level, Verdict
from afterglow.safety.language.services import text_check_record

LANGUAGE_HELP = "What the crisis-language check found in the words sent; only in a write's reply."


class LanguageOut(Schema):
    """What the crisis-language check found in the words just sent (codes, never the words)."""

    level: Annotated[str, OneOf(Level.values)] = Field(
        description="crisis: show the resources (GET /api/v1/crisis) and offer to tell the care "
        "team; concern: gently offer the safety questions (the C-SSRS screener); none: nothing."
    )
    codes: list[str] = Field(description="Categories found, e.g. wish_to_die, hopelessness.")


def checked(request: HttpRequest, form: FreeTextForm, *, patient: Any, source: Any) -> Any:
    """Keep what the detector found in the form's words (audited, as the page does) and hand
    it to the response, so an app shows what the page shows."""
    text_check_record(patient=patient, source=source, verdict=form.language, request=request)
    source.language = form.language
    return source


def language_of(obj: Any) -> Verdict | None:
    """The verdict ``checked()`` left on an object, if this is the reply to a write."""
    return getattr(obj, "language", None)
