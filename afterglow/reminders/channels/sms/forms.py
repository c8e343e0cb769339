from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.lib.phones import PhoneNumberField


class TextNumberForm(forms.Form):
    number = PhoneNumberField(
        label=_("Your mobile number"),
        help_text=_("Any usual way of writing it, e.g. (312) 555-0142 or +1 312 555 0142."),
    )
    agree = forms.BooleanField(
        label=_("Yes, text me my Afterglow reminders. I can reply STOP at any time."),
    )


class TextCodeForm(forms.Form):
    code = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label=_("The 6-digit code we texted you"),
        error_messages={"invalid": _("The code is the 6 digits in the text we sent.")},
    )
