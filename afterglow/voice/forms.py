from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.journal.vocab import EMOTIONS
from afterglow.safety.language.forms import FreeTextForm

TITLE_MAX = 200


class NoteForm(FreeTextForm, forms.Form):
    """A voice note as an entry of its own: an optional title and emotions."""

    free_text = ("title",)

    title = forms.CharField(
        label=_("Title (optional)"),
        max_length=TITLE_MAX,
        required=False,
        error_messages={"max_length": _("Keep the title under %(limit_value)d characters.")},
    )
    emotions = forms.MultipleChoiceField(
        label=_("Emotions (optional)"),
        choices=EMOTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class FinishForm(forms.Form):
    """What the browser says once every piece is sent (no words: numbers and an id)."""

    duration_ms = forms.IntegerField(min_value=0, max_value=24 * 3600 * 1000)
    entry = forms.UUIDField(required=False)
