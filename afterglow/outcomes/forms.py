import uuid
from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from afterglow.outcomes import cssrs
from afterglow.outcomes.instruments import DIFFICULTY, DIFFICULTY_QUESTION, FREQUENCY, Instrument
from afterglow.safety.language.forms import FreeTextForm


class QuestionnaireForm(forms.Form):
    """Every item on one page, each a group of four large choices."""

    nonce = forms.UUIDField(widget=forms.HiddenInput)
    difficulty = forms.TypedChoiceField(
        choices=DIFFICULTY,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        label=DIFFICULTY_QUESTION,
    )

    def __init__(self, *args: Any, instrument: Instrument, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("nonce", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self.instrument = instrument
        for n, text in enumerate(instrument.items):
            self.fields[f"item_{n}"] = forms.TypedChoiceField(
                choices=FREQUENCY,
                coerce=int,
                widget=forms.RadioSelect,
                label=format_lazy("{number}. {text}", number=n + 1, text=text),
                error_messages={
                    "required": format_lazy(_("Please answer question {n}."), n=n + 1),
                    "invalid_choice": format_lazy(
                        _("Question {number} takes an answer from the four choices."),
                        number=n + 1,
                    ),
                },
            )
        self.order_fields([f"item_{n}" for n in range(len(instrument.items))])

    @property
    def item_fields(self) -> list[forms.BoundField]:
        return [self[f"item_{n}"] for n in range(len(self.instrument.items))]

    def answers(self) -> list[int]:
        return [self.cleaned_data[f"item_{n}"] for n in range(len(self.instrument.items))]

    def submission(self) -> dict[str, Any]:
        """What ``services.response_submit`` takes from the form (the page and the API)."""
        return {
            "answers": self.answers(),
            "difficulty": self.cleaned_data["difficulty"],
            "nonce": self.cleaned_data["nonce"],
        }


YES_NO = (("yes", _("Yes")), ("no", _("No")))


def _yes(value: str) -> bool:
    return value == "yes"


class ScreenerForm(forms.Form):
    """The C-SSRS screener: each question a yes/no choice; which ones must be answered
    follows the screener's skip logic (``cssrs.asked``), checked once all are read."""

    nonce = forms.UUIDField(widget=forms.HiddenInput)
    origin = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initial", {}).setdefault("nonce", uuid.uuid4())
        super().__init__(*args, **kwargs)
        for question in cssrs.QUESTIONS:
            self.fields[question.key] = forms.TypedChoiceField(
                choices=YES_NO,
                coerce=_yes,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect,
                label=question.text,
                help_text=question.hint,
                error_messages={
                    "invalid_choice": format_lazy(
                        _("Question {number} takes yes or no."), number=question.number
                    )
                },
            )

    def clean_origin(self) -> str:
        return cssrs.origin_of(self.cleaned_data.get("origin"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        given = {key: cleaned.get(key) for key in cssrs.KEYS if key not in self.errors}
        for key in cssrs.missing(given):
            if key not in self.errors:
                number = cssrs.BY_KEY[key].number
                self.add_error(key, format_lazy(_("Please answer question {n}."), n=number))
        return cleaned

    def missing(self) -> list[str]:
        """The questions still to answer (or answered with something other than yes/no)."""
        return [key for key in cssrs.KEYS if key in self.errors]

    @property
    def question_fields(self) -> list[forms.BoundField]:
        return [self[key] for key in cssrs.KEYS]

    def submission(self) -> dict[str, Any]:
        """What ``services.screening_submit`` takes from the form (the page and the API)."""
        return {
            "answers": cssrs.kept({key: self.cleaned_data[key] for key in cssrs.KEYS}),
            "origin": self.cleaned_data["origin"],
            "nonce": self.cleaned_data["nonce"],
        }


SCALE = [(n, str(n)) for n in range(1, 6)]


class DailyCheckForm(FreeTextForm, forms.Form):
    """Ten seconds: a mood, and if they like energy, sleep and a word (crisis-checked)."""

    free_text = ("word",)

    mood = forms.TypedChoiceField(
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
        label=_("Your mood right now (1 low, 5 good)"),
        error_messages={"required": _("Tap a number for your mood.")},
    )
    energy = forms.TypedChoiceField(
        choices=SCALE,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        label=_("Energy (if you like)"),
    )
    sleep = forms.TypedChoiceField(
        choices=SCALE,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
        label=_("Last night's sleep (if you like)"),
    )
    word = forms.CharField(
        required=False,
        max_length=200,
        label=_("A word or two (if you like)"),
    )
