"""Text messages as a reminder channel: only to a verified number, never after STOP, at
most the monthly cap, and only "something is waiting" with a link."""

from datetime import datetime
from typing import Any

from django.conf import settings

from afterglow.reminders.channels import engine
from afterglow.reminders.channels.base import Outcome, words_for
from afterglow.reminders.channels.sms.backends import SmsRefused, backend
from afterglow.reminders.models import Delivery, DeliveryState, Notification, TextNumber


def sent_this_month(user: Any, now: datetime) -> int:
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return Delivery.objects.filter(
        channel=SmsChannel.name,
        state=DeliveryState.SENT,
        notification__user=user,
        sent_at__gte=start,
    ).count()


def text_for(notification: Notification) -> str:
    words = words_for(notification)
    return f"{words.body}. {words.link} (Reply STOP to stop these texts.)"


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

        def wanted(user: Any) -> bool:
            number = TextNumber.objects.filter(user=user).first()
            cap = settings.AFTERGLOW_SMS_MONTHLY_CAP
            return number is not None and number.texts_ok and sent_this_month(user, now) < cap

        return engine.deliver_pending(self.name, _send, wanted, now)


def _send(notification: Notification) -> tuple[str, str]:
    number = TextNumber.objects.get(user=notification.user)
    try:
        sent = backend().send(to=number.number, body=text_for(notification))
    except SmsRefused:
        return Outcome.NOBODY, ""
    return Outcome.SENT, sent.provider_id
