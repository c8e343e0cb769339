from typing import Any

from django import forms

from afterglow.safety.language.forms import FreeTextForm
from afterglow.wellbeing.models import DIMENSION_KEYS, DIMENSION_LABELS, DimensionGuide


class AssessmentForm(FreeTextForm, forms.Form):
    """Eight quick ratings, 0 to 10, each with room for a note."""

    def free_text_fields(self) -> list[str]:
        return [f"note_{key}" for key in DIMENSION_KEYS]

    def __init__(self, *args: Any, guides: list[DimensionGuide], **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.guides = {g.dimension: g for g in guides}
        for key in DIMENSION_KEYS:
            label = DIMENSION_LABELS[key]
            self.fields[f"score_{key}"] = forms.IntegerField(
                min_value=0,
                max_value=10,
                label=label,
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": 10}),
                error_messages={
                    "required": f"Give {label} a number from 0 to 10.",
                    "min_value": f"{label}: 0 is the lowest.",
                    "max_value": f"{label}: 10 is the highest.",
                    "invalid": f"{label}: a whole number from 0 to 10.",
                },
            )
            self.fields[f"note_{key}"] = forms.CharField(
                required=False, max_length=500, label=f"A note on {label} (optional)"
            )

    def rows(self) -> list[dict[str, Any]]:
        return [
            {
                "key": k,
                "guide": self.guides.get(k),
                "score": self[f"score_{k}"],
                "note": self[f"note_{k}"],
            }
            for k in DIMENSION_KEYS
        ]

    def scores(self) -> dict[str, int]:
        return {k: self.cleaned_data[f"score_{k}"] for k in DIMENSION_KEYS}

    def notes(self) -> dict[str, str]:
        return {k: self.cleaned_data[f"note_{k}"] for k in DIMENSION_KEYS}


class FocusForm(forms.Form):
    dimensions = forms.MultipleChoiceField(
        choices=[(k, DIMENSION_LABELS[k]) for k in DIMENSION_KEYS],
        widget=forms.CheckboxSelectMultiple,
        label="Where would you like to focus?",
        help_text="Choose one, two or three.",
        error_messages={"required": "Choose at least one dimension to focus on."},
    )

    def clean_dimensions(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["dimensions"]
        if len(chosen) > 3:
            raise forms.ValidationError("Choose up to three, so each one gets real attention.")
        return chosen
