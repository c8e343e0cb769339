"""Phone numbers as people type them, kept in one form (E.164) by phonenumbers."""

from typing import Any

import phonenumbers
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


def e164(typed: str, region: str | None = None) -> str | None:
    """The number in E.164, or None if it is not a valid number. Without a country code it
    is read as a number of ``region`` (``AFTERGLOW_SMS_REGION``)."""
    try:
        parsed = phonenumbers.parse(typed, region or settings.AFTERGLOW_SMS_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


class PhoneNumberField(forms.CharField):
    """A number we can text, in any usual writing; cleaned to E.164."""

    default_error_messages = {
        "not_a_number": _(
            "That doesn't look like a phone number we can text. Check the digits and try again."
        ),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        typed: str = super().clean(value)
        if typed in self.empty_values:
            return ""
        number = e164(typed)
        if number is None:
            raise forms.ValidationError(self.error_messages["not_a_number"], code="not_a_number")
        return number
