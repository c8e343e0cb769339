from django import forms


class ResolveForm(forms.Form):
    note = forms.CharField(
        label="How was this resolved?",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text="Seen by the care team only. Encrypted at rest.",
        error_messages={"required": "Write a short note on how this was resolved."},
    )
