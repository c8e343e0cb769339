"""Web Push (pywebpush), one message per device, content-free.

VAPID identifies this server to the push services: the private key comes from
``AFTERGLOW_VAPID_PRIVATE_KEY`` (``make run`` makes one under var/); without it push is off.
A device whose push service answers 404 or 410 has gone (uninstalled, permission revoked):
its subscription is removed. Any other failure (5xx, a timeout) is retried like email.
"""

import base64
import json
import logging
from datetime import datetime
from functools import cache
from typing import Any

from cryptography.hazmat.primitives import serialization
from django.conf import settings
from django.utils import timezone
from py_vapid import Vapid02
from pywebpush import WebPushException, webpush

from afterglow.audit.services import record
from afterglow.lib.language import speaking
from afterglow.reminders.channels import engine
from afterglow.reminders.channels.base import Outcome, words_for
from afterglow.reminders.models import Notification, PushSubscription

log = logging.getLogger("afterglow.reminders")
GONE = (404, 410)
TTL = 24 * 3600  # a reminder not delivered within a day is not worth delivering


def configured() -> bool:
    return bool(settings.AFTERGLOW_VAPID_PRIVATE_KEY)


@cache
def _vapid(pem: str) -> Vapid02:
    return Vapid02.from_pem(pem.encode())


def vapid() -> Vapid02:
    return _vapid(settings.AFTERGLOW_VAPID_PRIVATE_KEY)


def application_server_key() -> str:
    """The public key, as the browser's ``pushManager.subscribe`` wants it."""
    if not configured():
        return ""
    point = vapid().public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return base64.urlsafe_b64encode(point).rstrip(b"=").decode()


def _wanted(user: Any) -> bool:
    return PushSubscription.objects.filter(user=user).exists()


def send(notification: Notification) -> str:
    with speaking(notification.user):  # the recipient's language
        words = words_for(notification)
    payload = json.dumps({"title": words.title, "body": words.body, "url": words.link})
    outcomes = [_to_device(sub, payload) for sub in notification.user.push_subscriptions.all()]
    if Outcome.SENT in outcomes:
        return Outcome.SENT
    if outcomes and Outcome.FAILED in outcomes:
        return Outcome.FAILED
    return Outcome.NOBODY


def _to_device(subscription: PushSubscription, payload: str) -> str:
    info = {
        "endpoint": subscription.endpoint,
        "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth},
    }
    try:
        webpush(
            subscription_info=info,
            data=payload,
            vapid_private_key=vapid(),
            vapid_claims={"sub": settings.AFTERGLOW_VAPID_SUBJECT},
            timeout=settings.AFTERGLOW_PUSH_TIMEOUT,
            ttl=TTL,
        )
    except WebPushException as error:
        status = getattr(error.response, "status_code", None)
        if status in GONE:
            _forget(subscription)
            return Outcome.NOBODY
        log.warning("push failed", extra={"status": status or 0})
        return Outcome.FAILED
    except Exception as error:  # noqa: BLE001 - timeouts, refused connections: try again later
        log.warning("push failed", extra={"error": type(error).__name__})
        return Outcome.FAILED
    PushSubscription.objects.filter(pk=subscription.pk).update(last_sent_at=timezone.now())
    return Outcome.SENT


def _forget(subscription: PushSubscription) -> None:
    user = subscription.user
    subscription.delete()
    record(
        action="push.expired", actor=user, detail={"devices_left": user.push_subscriptions.count()}
    )


class PushChannel:
    name = "push"

    def deliver_pending(self, now: datetime) -> tuple[int, int]:
        if not configured():
            return 0, 0
        recent = Notification.objects.filter(
            dropped=False,
            created_at__gte=now - engine.NEWER_THAN,
            user__push_subscriptions__isnull=False,
        )
        engine.enqueue(self.name, recent)
        return engine.deliver_pending(self.name, send, _wanted, now)
