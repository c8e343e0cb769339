from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from afterglow.aftercare.models import CheckInKind, Feeling, SideEffect
from afterglow.safety.language.forms import FreeTextForm
from afterglow.safety.reasons import RED_FLAGS

MOODS = [
    (5, pgettext_lazy("mood", "Good")),
    (4, pgettext_lazy("mood", "Okay")),
    (3, pgettext_lazy("mood", "So-so")),
    (2, pgettext_lazy("mood", "Low")),
    (1, pgettext_lazy("mood", "Very low")),
]
SLEEPS = [
    (5, pgettext_lazy("sleep", "Very well")),
    (4, pgettext_lazy("sleep", "Well")),
    (3, pgettext_lazy("sleep", "Fairly")),
    (2, pgettext_lazy("sleep", "Poorly")),
    (1, pgettext_lazy("sleep", "Hardly at all")),
]
NOTE_MAX = 5000


class FeelingForm(forms.Form):
    feelings = forms.MultipleChoiceField(
        choices=Feeling.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("How do you feel right now?"),
        help_text=_("Choose as many as fit. You can answer again whenever it changes."),
        error_messages={"required": _("Choose at least one, whichever fits best right now.")},
    )


class ReflectionForm(FreeTextForm, forms.Form):
    free_text = ("text",)

    text = forms.CharField(
        label=_("A few words about your session"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Private to you. Stored encrypted."),
    )


class WaterForm(forms.Form):
    delta = forms.TypedChoiceField(choices=[(1, "+1"), (-1, "-1")], coerce=int)


class CheckInForm(FreeTextForm, forms.Form):
    free_text = ("note",)

    mood = forms.TypedChoiceField(
        choices=MOODS,
        coerce=int,
        widget=forms.RadioSelect,
        label=_("How is your mood?"),
        error_messages={"required": _("Choose the one closest to how you feel.")},
    )
    sleep = forms.TypedChoiceField(
        choices=SLEEPS,
        coerce=int,
        widget=forms.RadioSelect,
        label=_("How did you sleep?"),
        error_messages={"required": _("Choose the one closest to your night.")},
    )
    side_effects = forms.MultipleChoiceField(
        choices=SideEffect.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Anything still with you this morning?"),
    )
    red_flags = forms.MultipleChoiceField(
        choices=[(code, _(label)) for code, label in RED_FLAGS.english()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Are you having any of these right now?"),
        help_text=_("If you are, we'll show you straight away who to call."),
    )
    note = forms.CharField(
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Anything else?"),
    )

    def __init__(self, *args: Any, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if kind == CheckInKind.EVENING:
            del self.fields["sleep"]
            del self.fields["side_effects"]
            self.fields["note"].label = _("Was anything hard today?")
            self.fields["note"].help_text = _("Optional. Your care team sees your check-ins.")

    def answers(self) -> dict[str, Any]:
        """The answers as ``services.checkin_submit`` takes them (the page and the API)."""
        data = self.cleaned_data
        return {
            "mood": data["mood"],
            "sleep": data.get("sleep"),
            "side_effects": data.get("side_effects", []),
            "red_flags": data["red_flags"],
            "note": data["note"],
        }
