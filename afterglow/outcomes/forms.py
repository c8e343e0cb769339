import uuid
from typing import Any

from django import forms

from afterglow.outcomes.instruments import DIFFICULTY, DIFFICULTY_QUESTION, FREQUENCY, Instrument


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
                label=f"{n + 1}. {text}",
                error_messages={
                    "required": f"Please answer question {n + 1}.",
                    "invalid_choice": f"Question {n + 1} takes an answer from the four choices.",
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
