from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.conversations.models import MessagingSettings
from afterglow.lib.limits import MESSAGE_MAX
from afterglow.safety.language.forms import FreeTextForm


class MessageForm(FreeTextForm, forms.Form):
    """A message, from the patient or their care team: the page and the API use this form.
    The patient's words go through the crisis-language check (their view answers with
    ``language.respond``)."""

    free_text = ("body",)

    body = forms.CharField(
        label=_("Your message"),
        strip=True,
        # No maxlength on the textarea: browsers cut pasted text silently. The form says so.
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write a few words before you send.")},
    )

    def clean_body(self) -> str:
        body: str = self.cleaned_data["body"]
        if len(body) > MESSAGE_MAX:
            raise forms.ValidationError(
                _(
                    "A message can hold up to %(max)s characters; this one has %(n)s. "
                    "Your words are still here: shorten it, or send it in two parts."
                ),
                params={"max": f"{MESSAGE_MAX:,}", "n": f"{len(body):,}"},
            )
        return body


class HandForm(forms.Form):
    to: "forms.ModelChoiceField[Any]" = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("Hand this conversation to"),
        empty_label=_("The whole care team"),
    )

    def __init__(self, *args: Any, care_team: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["to"]
        field.queryset = care_team
        field.label_from_instance = lambda user: user.full_name


class MessagingSettingsForm(forms.ModelForm):
    class Meta:
        model = MessagingSettings
        fields = ["enabled", "office_hours"]
        labels = {
            "enabled": _("Patients can send messages to their care team"),
            "office_hours": _("When your team reads messages"),
        }
