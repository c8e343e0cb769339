"""How a push subscription is named to its owner on the reminders page."""

import hashlib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

from afterglow.reminders.models import PushSubscription


@dataclass(frozen=True)
class PushDevice:
    """A device with push on, as its owner sees it: which push service (so which browsers),
    since when, and a hash of its address so push.js can mark "this device" (the address
    itself is not put in the page)."""

    service: str
    since: datetime
    endpoint_hash: str


# Push services by host, named by the browsers that use them.
SERVICES = (
    ("fcm.googleapis.com", _("Chrome or Android")),
    ("push.services.mozilla.com", _("Firefox")),
    ("push.apple.com", _("Safari, iPhone or iPad")),
    ("notify.windows.com", _("Edge or Windows")),
)


def service_name(endpoint: str) -> str:
    host = urlsplit(endpoint).hostname or ""
    for known, name in SERVICES:
        if host == known or host.endswith("." + known):
            return str(name)
    return str(_("A browser"))


def endpoint_hash(endpoint: str) -> str:
    """What push.js computes from its own subscription (SHA-256, hex) to find itself."""
    return hashlib.sha256(endpoint.encode()).hexdigest()


def describe(subscription: PushSubscription) -> PushDevice:
    return PushDevice(
        service=service_name(subscription.endpoint),
        since=subscription.created_at,
        endpoint_hash=endpoint_hash(subscription.endpoint),
    )
