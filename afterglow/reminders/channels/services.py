"""Writes for a person's devices: turning push on and off, each audited with no address."""

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from afterglow.audit.services import record
from afterglow.reminders.models import PushSubscription


@transaction.atomic
def push_subscription_add(
    *, user: Any, endpoint: str, p256dh: str, auth: str, request: HttpRequest | None
) -> PushSubscription:
    """A device's subscription; the same device subscribing again (or after another person
    used it) replaces what was kept for that address."""
    PushSubscription.objects.filter(endpoint=endpoint).delete()
    subscription = PushSubscription(user=user, endpoint=endpoint, p256dh=p256dh, auth=auth)
    subscription.full_clean()
    subscription.save()
    record(
        action="push.subscribe",
        request=request,
        obj=subscription,
        detail={"devices": PushSubscription.objects.filter(user=user).count()},
    )
    return subscription


@transaction.atomic
def push_subscription_remove(*, user: Any, endpoint: str, request: HttpRequest | None) -> int:
    removed, _ = PushSubscription.objects.filter(user=user, endpoint=endpoint).delete()
    record(action="push.unsubscribe", request=request, detail={"removed": removed})
    return removed
