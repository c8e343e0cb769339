from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.api.models import Scope
from afterglow.api.tokens import MAX_DAYS


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("What it's for"),
        max_length=80,
        help_text=_("Like “my phone” or “clinic EHR sync”."),
    )
    scope = forms.ChoiceField(label=_("It may"), choices=Scope.choices, initial=Scope.READ)
    days = forms.IntegerField(
        label=_("Valid for (days)"),
        min_value=1,
        max_value=MAX_DAYS,
        initial=90,
        error_messages={
            "min_value": _("At least 1 day."),
            "max_value": _("At most %(limit_value)s days; make a new token when it ends."),
        },
    )
