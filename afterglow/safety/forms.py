from django import forms
from django.utils.translation import gettext_lazy as _

RESOLVE_NOTE_REQUIRED = _("Write a short note on how this was resolved.")


class ResolveForm(forms.Form):
    note = forms.CharField(
        label=_("How was this resolved?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Seen by the care team only. Encrypted at rest."),
        error_messages={"required": RESOLVE_NOTE_REQUIRED},
    )
