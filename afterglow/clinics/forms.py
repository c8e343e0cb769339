from typing import Any

from django import forms
from django.contrib.auth import get_user_model

from afterglow.clinics.access import clinicians_of


class CareTeamAddForm(forms.Form):
    """Add a clinician of the clinic to a patient's care team."""

    clinician = forms.ModelChoiceField(
        queryset=get_user_model().objects.none(),
        label="Clinician",
        empty_label="Choose a clinician",
        error_messages={"invalid_choice": "Choose a clinician of this clinic."},
    )

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["clinician"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = clinicians_of(clinic)
