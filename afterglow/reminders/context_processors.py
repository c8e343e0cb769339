from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from afterglow.reminders.selectors import unread_count


def bell(request: HttpRequest) -> dict[str, Any]:
    """The unread count for the header, counted only when a page shows the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread": SimpleLazyObject(lambda: unread_count(user))}
