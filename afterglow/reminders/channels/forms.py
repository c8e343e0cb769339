import base64
import binascii
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

LOOPBACK = ("127.0.0.1", "localhost")


def _b64url(value: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise forms.ValidationError(_("This device's key could not be read.")) from None


def push_host_allowed(endpoint: str) -> bool:
    """A known push service over HTTPS (plain HTTP only for a listed loopback host, which
    is what the tests' stub is)."""
    parts = urlsplit(endpoint)
    host = parts.hostname or ""
    allowed = any(
        host == known or host.endswith("." + known) for known in settings.AFTERGLOW_PUSH_HOSTS
    )
    secure = parts.scheme == "https" or (parts.scheme == "http" and host in LOOPBACK)
    return allowed and secure


class PushSubscriptionForm(forms.Form):
    """What the browser's ``pushManager.subscribe`` gives, sent by push.js (never typed)."""

    endpoint = forms.URLField(max_length=1000, assume_scheme="https", widget=forms.HiddenInput)
    p256dh = forms.CharField(max_length=120, widget=forms.HiddenInput)
    auth = forms.CharField(max_length=60, widget=forms.HiddenInput)

    def clean_endpoint(self) -> str:
        endpoint: str = self.cleaned_data["endpoint"]
        if not push_host_allowed(endpoint):
            raise forms.ValidationError(_("This browser's push service is not one we send to."))
        return endpoint

    def clean_p256dh(self) -> str:
        value: str = self.cleaned_data["p256dh"]
        key = _b64url(value)
        if len(key) != 65 or key[0] != 4:
            raise forms.ValidationError(_("This device's key could not be read."))
        return value

    def clean_auth(self) -> str:
        value: str = self.cleaned_data["auth"]
        if len(_b64url(value)) != 16:
            raise forms.ValidationError(_("This device's key could not be read."))
        return value


class PushEndpointForm(forms.Form):
    endpoint = forms.URLField(max_length=1000, assume_scheme="https", widget=forms.HiddenInput)
