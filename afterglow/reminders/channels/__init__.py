"""Reminder channels: how a notification reaches a person outside the app.

Every channel says the same few words (something is waiting, and a link), holds what falls
in quiet hours (flags to clinicians excepted), sends each notification once however many
senders run, and retries a failure up to three times. Email keeps its own columns on
``Notification`` (``delivery.py``); the others share ``Delivery`` rows and ``engine.py``.
A channel is a class with ``name`` and ``deliver_pending(now)``; ``CHANNELS`` lists them
in the order ``send_reminders`` runs them.
"""

from datetime import datetime  # noqa: E402

from afterglow.reminders.models import Notification  # noqa: E402


def send_everywhere(notification: Notification, now: datetime) -> dict[str, str | None]:
    """Email at once, for a notification that should not wait (a message from the care team).

    Push and text pick it up on the next ``send_reminders`` run, which makes a delivery for
    every recent notification a channel owes (``engine.enqueue``), so nothing is sent twice.
    """
    from afterglow.reminders.delivery import deliver

    return {"email": deliver(notification, now)}
