"""The clinic admin's form for journal prompts (registered in apps.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.journal.models import Prompt
from afterglow.journal.vocab import FITS


class PromptForm(forms.ModelForm):
    fits = forms.MultipleChoiceField(
        label=_("When it fits"),
        choices=FITS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Prompt
        fields = ["text", "fits", "dimension", "integration_area", "active"]
        labels = {
            "text": _("Prompt"),
            "dimension": _("Happiness Circle dimension"),
            "integration_area": _("Integration area"),
            "active": _("Offered to patients"),
        }
