"""Once-only delivery for channels kept in ``Delivery`` rows (push, text messages).

- A row per (notification, channel), made by ``enqueue`` with ``ignore_conflicts``: racing
  senders make it once.
- A row is sent by whoever claims it (an UPDATE that succeeds only while it is unclaimed);
  a claim older than 15 minutes may be taken over; three attempts in all.
- Quiet hours hold everything but flags to clinicians, as for email.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from django.db.models import F, Q, QuerySet

from afterglow.reminders.channels.base import Outcome
from afterglow.reminders.delivery import preference_of
from afterglow.reminders.models import Delivery, DeliveryState, Kind, Notification
from afterglow.reminders.quiet import is_quiet

log = logging.getLogger("afterglow.reminders")
CLAIM_EXPIRES = timedelta(minutes=15)
MAX_ATTEMPTS = 3
NEWER_THAN = timedelta(days=1)  # older notifications are not sent by a channel added later


def enqueue(channel: str, notifications: QuerySet[Notification]) -> None:
    """A row for each notification the channel owes, made once whoever races to make it."""
    owed = notifications.exclude(deliveries__channel=channel).distinct()
    rows = [Delivery(notification=n, channel=channel) for n in owed]
    Delivery.objects.bulk_create(rows, ignore_conflicts=True)


def _claimable(now: datetime) -> Q:
    owed = Q(state__in=[DeliveryState.PENDING, DeliveryState.FAILED])
    abandoned = Q(state=DeliveryState.SENDING, claimed_at__lt=now - CLAIM_EXPIRES)
    return (owed | abandoned) & Q(attempts__lt=MAX_ATTEMPTS)


Send = Callable[[Notification], "str | tuple[str, str]"]  # an Outcome, or one and the provider's id


def deliver_pending(
    channel: str, send: Send, wanted: Callable[..., bool], now: datetime
) -> tuple[int, int]:
    Delivery.objects.filter(
        channel=channel,
        state=DeliveryState.SENDING,
        claimed_at__lt=now - CLAIM_EXPIRES,
        attempts__gte=MAX_ATTEMPTS,
    ).update(state=DeliveryState.GAVE_UP)
    waiting = Delivery.objects.filter(_claimable(now), channel=channel).select_related(
        "notification__user"
    )
    sent = failed = 0
    for delivery in waiting:
        state = deliver(delivery, send, wanted, now)
        sent += state == DeliveryState.SENT
        failed += state in (DeliveryState.FAILED, DeliveryState.GAVE_UP)
    return sent, failed


def deliver(
    delivery: Delivery,
    send: Send,
    wanted: Callable[..., bool],
    now: datetime,
) -> str | None:
    notification = delivery.notification
    user = notification.user
    pref = preference_of(user)
    if not user.is_active or not wanted(user):
        _set(delivery, state=DeliveryState.NONE)
        return DeliveryState.NONE
    if notification.kind != Kind.FLAG and is_quiet(
        now, user.time_zone, pref.quiet_start, pref.quiet_end
    ):
        return None
    claimed = Delivery.objects.filter(_claimable(now), pk=delivery.pk).update(
        state=DeliveryState.SENDING, claimed_at=now, attempts=F("attempts") + 1
    )
    if claimed != 1:
        return None
    delivery.refresh_from_db(fields=["attempts"])
    provider_id = ""
    try:
        result = send(notification)
        outcome, provider_id = result if isinstance(result, tuple) else (result, "")
    except Exception as error:  # noqa: BLE001 - any failure of a channel is a failed attempt
        log.warning(
            "reminder delivery failed",
            extra={"channel": delivery.channel, "error": type(error).__name__},
        )
        outcome, delivery.error = Outcome.FAILED, type(error).__name__[:120]
    if outcome == Outcome.SENT:
        _set(delivery, state=DeliveryState.SENT, sent_at=now, error="", provider_id=provider_id)
        return DeliveryState.SENT
    if outcome in (Outcome.NOBODY, Outcome.CAPPED):
        state = DeliveryState.NONE if outcome == Outcome.NOBODY else DeliveryState.CAPPED
        _set(delivery, state=state)
        return state
    state = DeliveryState.GAVE_UP if delivery.attempts >= MAX_ATTEMPTS else DeliveryState.FAILED
    _set(delivery, state=state, error=delivery.error or "failed")
    return state


def _set(delivery: Delivery, **fields: object) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(**fields)
