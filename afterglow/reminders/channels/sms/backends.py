"""Where text messages go: one small interface, a console backend for development and
Twilio's REST API (plain HTTPS, no SDK) for production."""

import logging
from dataclasses import dataclass
from typing import Protocol

import requests
from django.conf import settings
from django.urls import reverse

log = logging.getLogger("afterglow.reminders")
TIMEOUT = 10


class SmsError(Exception):
    """The provider refused or could not be reached: tried again later."""


class SmsRefused(SmsError):
    """The provider refuses this number for good (opted out at the carrier, not a mobile)."""


@dataclass(frozen=True)
class Sent:
    provider_id: str


class SmsBackend(Protocol):
    def send(self, *, to: str, body: str) -> Sent: ...


class ConsoleBackend:
    """Development: the text is logged (number cut to its last two digits), never sent.
    ``outbox`` keeps them for tests, like Django's locmem email backend."""

    outbox: list[tuple[str, str]] = []

    def send(self, *, to: str, body: str) -> Sent:
        ConsoleBackend.outbox.append((to, body))
        log.info("text message (console)", extra={"to": f"…{to[-2:]}", "body": body})
        return Sent(provider_id=f"console-{len(ConsoleBackend.outbox)}")


class TwilioBackend:
    def send(self, *, to: str, body: str) -> Sent:
        sid = settings.AFTERGLOW_TWILIO_ACCOUNT_SID
        url = f"{settings.AFTERGLOW_TWILIO_API.rstrip('/')}/2010-04-01/Accounts/{sid}/Messages.json"
        base = settings.AFTERGLOW_BASE_URL.rstrip("/")
        data = {
            "To": to,
            "From": settings.AFTERGLOW_SMS_FROM,
            "Body": body,
            "StatusCallback": base + reverse("reminders:sms_status"),
        }
        try:
            response = requests.post(
                url, data=data, auth=(sid, settings.AFTERGLOW_TWILIO_AUTH_TOKEN), timeout=TIMEOUT
            )
        except requests.RequestException as error:
            raise SmsError(type(error).__name__) from error
        if response.status_code == 400:
            raise SmsRefused(str(response.json().get("code", "refused")))
        if response.status_code >= 300:
            raise SmsError(str(response.status_code))
        return Sent(provider_id=str(response.json()["sid"]))


def backend() -> SmsBackend:
    if settings.AFTERGLOW_SMS_BACKEND == "twilio":
        return TwilioBackend()
    return ConsoleBackend()
