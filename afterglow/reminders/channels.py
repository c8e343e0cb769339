"""The ways a notification reaches a person outside Afterglow, behind one interface.

Each channel takes a saved ``Notification`` (which holds no clinical content: a title that
says something waits, and a link) and delivers it at most once, by its own claim. Email is
the one channel today; Web Push or text messages register here when they land, and every
sender (reminders, flags, messages) reaches them without change.
"""

from datetime import datetime
from typing import Protocol

from afterglow.reminders.delivery import deliver
from afterglow.reminders.models import Notification


class Channel(Protocol):
    name: str

    def send(self, notification: Notification, now: datetime) -> str | None:
        """Deliver if this channel owes it; the channel's new state, or None."""
        ...


class EmailChannel:
    name = "email"

    def send(self, notification: Notification, now: datetime) -> str | None:
        return deliver(notification, now)


CHANNELS: list[Channel] = [EmailChannel()]


def send_everywhere(notification: Notification, now: datetime) -> dict[str, str | None]:
    return {channel.name: channel.send(notification, now) for channel in CHANNELS}
