from django import forms

from afterglow.api.models import Scope
from afterglow.api.tokens import MAX_DAYS


class TokenForm(forms.Form):
    name = forms.CharField(
        label="What it's for", max_length=80, help_text="Like “my phone” or “clinic EHR sync”."
    )
    scope = forms.ChoiceField(label="It may", choices=Scope.choices, initial=Scope.READ)
    days = forms.IntegerField(
        label="Valid for (days)",
        min_value=1,
        max_value=MAX_DAYS,
        initial=90,
        error_messages={
            "min_value": "At least 1 day.",
            "max_value": f"At most {MAX_DAYS} days; make a new token when it ends.",
        },
    )
