import phonenumbers
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class TextNumberForm(forms.Form):
    number = forms.CharField(
        label=_("Your mobile number"),
        max_length=40,
        help_text=_("Any usual way of writing it, e.g. (312) 555-0142 or +1 312 555 0142."),
    )
    agree = forms.BooleanField(
        label=_("Yes, text me my Afterglow reminders. I can reply STOP at any time."),
    )

    def clean_number(self) -> str:
        """Normalised to E.164 with phonenumbers; refused unless it is a valid number."""
        typed = self.cleaned_data["number"]
        try:
            parsed = phonenumbers.parse(typed, settings.AFTERGLOW_SMS_REGION)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            raise forms.ValidationError(
                _(
                    "That doesn't look like a phone number we can text. "
                    "Check the digits and try again."
                )
            )
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class TextCodeForm(forms.Form):
    code = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label=_("The 6-digit code we texted you"),
        error_messages={"invalid": _("The code is the 6 digits in the text we sent.")},
    )
