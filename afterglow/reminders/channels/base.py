"""The one interface every reminder channel implements."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext

from afterglow.reminders.models import Kind, Notification


class Channel(Protocol):
    name: str

    def deliver_pending(self, now: datetime) -> tuple[int, int]:
        """Send what is owed; returns how many were sent and how many failed."""


class Outcome:
    SENT = "sent"
    FAILED = "failed"  # tried again on a later run
    NOBODY = "nobody"  # no device or number left to send it to
    CAPPED = "capped"  # the person had the month's texts already: the other channels carry it


@dataclass(frozen=True)
class Words:
    """All a channel may say: the same for every notification of a kind."""

    title: str
    body: str
    link: str


def words_for(notification: Notification) -> Words:
    """The words in the active language: callers build them inside ``speaking(recipient)``."""
    base = settings.AFTERGLOW_BASE_URL.rstrip("/")
    link = base + reverse("reminders:open", args=[notification.pk])
    if notification.kind == Kind.FLAG:
        return Words("Afterglow", gettext("Someone on your care team needs you"), link)
    return Words("Afterglow", gettext("Something is waiting for you in Afterglow"), link)


def active(user: Any) -> bool:
    return bool(user.is_active)
