"""Text messages as a reminder channel: only to a verified number, never after STOP, at
most the clinic's monthly cap (``cap.py``), and only "something is waiting" with a link."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.utils.translation import gettext

from afterglow.lib.language import speaking
from afterglow.reminders.channels import engine
from afterglow.reminders.channels.base import Outcome, words_for
from afterglow.reminders.channels.sms.backends import SmsRefused, backend
from afterglow.reminders.channels.sms.cap import over_cap
from afterglow.reminders.models import Notification, TextNumber


def text_for(notification: Notification) -> str:
    """The whole text, in the recipient's language: that something waits, the link, and how
    to stop (STOP stays STOP in every language: it is the carriers' keyword)."""
    with speaking(notification.user):
        words = words_for(notification)
        return gettext("%(words)s. %(link)s (Reply STOP to stop these texts.)") % {
            "words": words.body,
            "link": words.link,
        }


class SmsChannel:
    name = "sms"

    def deliver_pending(self, now: datetime) -> tuple[int, int]:
        recent = Notification.objects.filter(
            dropped=False,
            created_at__gte=now - engine.NEWER_THAN,
            user__text_number__verified_at__isnull=False,
            user__text_number__stopped_at__isnull=True,
        )
        engine.enqueue(self.name, recent)

        return engine.deliver_pending(self.name, _sender(now), _wanted, now)


def _wanted(user: Any) -> bool:
    number = TextNumber.objects.filter(user=user).first()
    return number is not None and number.texts_ok


def _sender(now: datetime) -> Callable[[Notification], tuple[str, str]]:
    def send(notification: Notification) -> tuple[str, str]:
        if over_cap(notification.user, now):
            return Outcome.CAPPED, ""
        number = TextNumber.objects.get(user=notification.user)
        try:
            sent = backend().send(to=number.number, body=text_for(notification))
        except SmsRefused:
            return Outcome.NOBODY, ""
        return Outcome.SENT, sent.provider_id

    return send
