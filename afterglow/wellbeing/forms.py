from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

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
            named = {"label": label}
            self.fields[f"score_{key}"] = forms.IntegerField(
                min_value=0,
                max_value=10,
                label=label,
                widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 0, "max": 10}),
                error_messages={
                    "required": gettext("Give %(label)s a number from 0 to 10.") % named,
                    "min_value": gettext("%(label)s: 0 is the lowest.") % named,
                    "max_value": gettext("%(label)s: 10 is the highest.") % named,
                    "invalid": gettext("%(label)s: a whole number from 0 to 10.") % named,
                },
            )
            self.fields[f"note_{key}"] = forms.CharField(
                required=False,
                max_length=500,
                label=gettext("A note on %(label)s (optional)") % named,
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
        label=_("Where would you like to focus?"),
        help_text=_("Choose one, two or three."),
        error_messages={"required": _("Choose at least one dimension to focus on.")},
    )

    def clean_dimensions(self) -> list[str]:
        chosen: list[str] = self.cleaned_data["dimensions"]
        if len(chosen) > 3:
            raise forms.ValidationError(
                gettext("Choose up to three, so each one gets real attention."), code="too_many"
            )
        return chosen
