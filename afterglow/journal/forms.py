from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.journal.models import BODY_MAX, Prompt
from afterglow.journal.vocab import EMOTIONS
from afterglow.safety.language.forms import FreeTextForm

SCALE_MOOD = [("", "—"), (5, "Very good"), (4, "Good"), (3, "Okay"), (2, "Low"), (1, "Very low")]
SCALE_ENERGY = [("", "—"), (5, "Lots"), (4, "Good"), (3, "Some"), (2, "Little"), (1, "Very little")]


def _csv(value: str, *, limit: int, what: str) -> str:
    items = [item.strip() for item in value.split(",") if item.strip()]
    if any(len(item) > 40 for item in items):
        raise forms.ValidationError(f"Keep each {what} under 40 characters.")
    if len(items) > limit:
        raise forms.ValidationError(f"Up to {limit} {what}s, please.")
    return ",".join(dict.fromkeys(items))


class EntryForm(FreeTextForm, forms.Form):
    free_text = ("title", "body", "own_words", "tags")

    title = forms.CharField(max_length=200, required=False, label="Title (optional)")
    # The limit is checked in clean_body, not by max_length: that would give the textarea a
    # maxlength, and a browser cuts pasted text to it without a word.
    body = forms.CharField(
        label="Your words",
        widget=forms.Textarea(attrs={"rows": 10, "data-max-length": BODY_MAX}),
        error_messages={"required": "Write a few words first: even one line is enough."},
    )
    prompt = forms.ModelChoiceField(
        queryset=Prompt.objects.none(), required=False, widget=forms.HiddenInput
    )
    emotions = forms.MultipleChoiceField(
        choices=EMOTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Emotions you noticed",
        error_messages={
            "invalid_choice": "%(value)s isn't one of the emotions listed; add it "
            "under 'In your own words' instead."
        },
    )
    own_words = forms.CharField(
        max_length=400,
        required=False,
        label="In your own words",
        help_text="Other feelings, separated by commas.",
    )
    mood = forms.TypedChoiceField(
        choices=SCALE_MOOD, coerce=int, empty_value=None, required=False, label="Mood"
    )
    energy = forms.TypedChoiceField(
        choices=SCALE_ENERGY, coerce=int, empty_value=None, required=False, label="Energy"
    )
    tags = forms.CharField(
        max_length=400,
        required=False,
        label="Tags",
        help_text="Words to find this entry again, separated by commas.",
    )

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        prompt = self.fields["prompt"]
        assert isinstance(prompt, forms.ModelChoiceField)
        prompt.queryset = Prompt.objects.filter(clinic=clinic)

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        if not body.strip():
            raise forms.ValidationError("Write a few words first: even one line is enough.")
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
        return _csv(self.cleaned_data["own_words"], limit=10, what="word")

    def clean_tags(self) -> str:
        return _csv(self.cleaned_data["tags"], limit=15, what="tag")


class SearchForm(forms.Form):
    q = forms.CharField(
        required=False,
        max_length=200,
        label="Words",
        # The blind index matches whole words only (docs/security.md says why): say so.
        help_text=_(
            "Whole words: “lantern” finds “lantern”, not “lanternfish”. "
            "Capitals and accents don't matter."
        ),
    )
    emotion = forms.ChoiceField(choices=[("", "Any emotion"), *EMOTIONS], required=False)
    tag = forms.CharField(required=False, max_length=40)
    date_from = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    shared = forms.ChoiceField(
        required=False,
        label="Shared",
        choices=[
            ("", "Shared or private"),
            ("shared", "Shared with my care team"),
            ("private", "Private"),
        ],
    )


class QuickForm(FreeTextForm, forms.Form):
    free_text = ("words",)

    emotion = forms.ChoiceField(
        choices=EMOTIONS,
        widget=forms.RadioSelect,
        label="How do you feel?",
        error_messages={"required": "Tap the feeling closest to now."},
    )
    words = forms.CharField(max_length=500, required=False, label="A few words (optional)")


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Your jrnl export (JSON)", help_text="In jrnl: jrnl --export json > journal.json"
    )


class AssignPromptForm(forms.Form):
    prompt = forms.ModelChoiceField(
        queryset=Prompt.objects.none(), label="Prompt", empty_label="Choose a prompt"
    )

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        prompt = self.fields["prompt"]
        assert isinstance(prompt, forms.ModelChoiceField)
        prompt.queryset = Prompt.objects.filter(clinic=clinic, active=True)
