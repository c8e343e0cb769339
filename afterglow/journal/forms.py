from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterglow.journal.models import BODY_MAX, Prompt
from afterglow.journal.vocab import EMOTIONS
from afterglow.safety.language.forms import FreeTextForm

# Each scale's words in their own context: "Good" mood and "Good" energy differ in Spanish.
SCALE_MOOD = [
    ("", "—"),
    (5, pgettext_lazy("mood scale", "Very good")),
    (4, pgettext_lazy("mood scale", "Good")),
    (3, pgettext_lazy("mood scale", "Okay")),
    (2, pgettext_lazy("mood scale", "Low")),
    (1, pgettext_lazy("mood scale", "Very low")),
]
SCALE_ENERGY = [
    ("", "—"),
    (5, pgettext_lazy("energy scale", "Lots")),
    (4, pgettext_lazy("energy scale", "Good")),
    (3, pgettext_lazy("energy scale", "Some")),
    (2, pgettext_lazy("energy scale", "Little")),
    (1, pgettext_lazy("energy scale", "Very little")),
]
# What a list of words or tags may hold, said for each (a sentence per kind translates whole).
WORDS = {
    "too_long": _("Keep each word under 40 characters."),
    "too_many": _("Up to %(limit)s words, please."),
}
TAGS = {
    "too_long": _("Keep each tag under 40 characters."),
    "too_many": _("Up to %(limit)s tags, please."),
}
EMPTY_BODY = _("Write a few words first: even one line is enough.")


def _csv(value: str, *, limit: int, say: dict[str, Any]) -> str:
    items = [item.strip() for item in value.split(",") if item.strip()]
    if any(len(item) > 40 for item in items):
        raise forms.ValidationError(say["too_long"], code="too_long")
    if len(items) > limit:
        raise forms.ValidationError(say["too_many"], code="too_many", params={"limit": limit})
    return ",".join(dict.fromkeys(items))


class EntryForm(FreeTextForm, forms.Form):
    free_text = ("title", "body", "own_words", "tags")

    title = forms.CharField(max_length=200, required=False, label=_("Title (optional)"))
    # The limit is checked in clean_body, not by max_length: that would give the textarea a
    # maxlength, and a browser cuts pasted text to it without a word.
    body = forms.CharField(
        label=_("Your words"),
        widget=forms.Textarea(attrs={"rows": 10, "data-max-length": BODY_MAX}),
        error_messages={"required": EMPTY_BODY},
    )
    prompt = forms.ModelChoiceField(
        queryset=Prompt.objects.none(), required=False, widget=forms.HiddenInput
    )
    emotions = forms.MultipleChoiceField(
        choices=EMOTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Emotions you noticed"),
        error_messages={
            "invalid_choice": _(
                "%(value)s isn't one of the emotions listed; add it "
                "under 'In your own words' instead."
            )
        },
    )
    own_words = forms.CharField(
        max_length=400,
        required=False,
        label=_("In your own words"),
        help_text=_("Other feelings, separated by commas."),
    )
    mood = forms.TypedChoiceField(
        choices=SCALE_MOOD, coerce=int, empty_value=None, required=False, label=_("Mood")
    )
    energy = forms.TypedChoiceField(
        choices=SCALE_ENERGY, coerce=int, empty_value=None, required=False, label=_("Energy")
    )
    tags = forms.CharField(
        max_length=400,
        required=False,
        label=_("Tags"),
        help_text=_("Words to find this entry again, separated by commas."),
    )

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        prompt = self.fields["prompt"]
        assert isinstance(prompt, forms.ModelChoiceField)
        prompt.queryset = Prompt.objects.filter(clinic=clinic)

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError(EMPTY_BODY, code="required")
        if len(body) > BODY_MAX:
            raise forms.ValidationError(
                _(
                    "An entry holds up to %(limit)s characters and this one has %(length)s. "
                    "Split it into two entries."
                ),
                params={"limit": f"{BODY_MAX:,}", "length": f"{len(body):,}"},
                code="max_length",
            )
        return body

    def clean_own_words(self) -> str:
        return _csv(self.cleaned_data["own_words"], limit=10, say=WORDS)

    def clean_tags(self) -> str:
        return _csv(self.cleaned_data["tags"], limit=15, say=TAGS)


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=200,
        label=_("Words"),
        # The blind index matches whole words only (docs/security.md says why): say so.
        help_text=_(
            "Whole words: “lantern” finds “lantern”, not “lanternfish”. "
            "Capitals and accents don't matter."
        ),
    )
    emotion = forms.ChoiceField(
        choices=[("", _("Any emotion")), *EMOTIONS], required=False, label=_("Emotion")
    )
    tag = forms.CharField(required=False, max_length=40, label=_("Tag"))
    date_from = forms.DateField(
        required=False,
        label=pgettext_lazy("dates", "From"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = forms.DateField(
        required=False,
        label=pgettext_lazy("dates", "To"),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    shared = forms.ChoiceField(
        required=False,
        # Words about entries, which some languages say in their gender (es: compartidas).
        label=pgettext_lazy("entries", "Shared"),
        choices=[
            ("", pgettext_lazy("entries", "Shared or private")),
            ("shared", pgettext_lazy("entries", "Shared with my care team")),
            ("private", pgettext_lazy("entries", "Private")),
        ],
    )


class QuickForm(FreeTextForm, forms.Form):
    free_text = ("words",)

    emotion = forms.ChoiceField(
        choices=EMOTIONS,
        widget=forms.RadioSelect,
        label=_("How do you feel?"),
        error_messages={"required": _("Tap the feeling closest to now.")},
    )
    words = forms.CharField(max_length=500, required=False, label=_("A few words (optional)"))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Your jrnl export (JSON)"),
        help_text=_("In jrnl: jrnl --export json > journal.json"),
    )


class AssignPromptForm(forms.Form):
    prompt = forms.ModelChoiceField(
        queryset=Prompt.objects.none(), label=_("Prompt"), empty_label=_("Choose a prompt")
    )

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        prompt = self.fields["prompt"]
        assert isinstance(prompt, forms.ModelChoiceField)
        prompt.queryset = Prompt.objects.filter(clinic=clinic, active=True)
