"""Twilio's request signature: base64 HMAC-SHA1, keyed by the auth token, of the full URL
followed by each POST parameter's name and value in name order."""

import base64
import hashlib
import hmac

from django.conf import settings


def expected(url: str, params: dict[str, str]) -> str:
    payload = url + "".join(f"{name}{params[name]}" for name in sorted(params))
    token = settings.AFTERGLOW_TWILIO_AUTH_TOKEN.encode()
    return base64.b64encode(hmac.new(token, payload.encode(), hashlib.sha1).digest()).decode()


def valid(url: str, params: dict[str, str], signature: str) -> bool:
    if not settings.AFTERGLOW_TWILIO_AUTH_TOKEN or not signature:
        return False
    return hmac.compare_digest(expected(url, params), signature)
