from typing import Any

from django.http import HttpRequest

from afterglow.accounts.models import Theme
from afterglow.lib.theme import page_context


def theme(request: HttpRequest) -> dict[str, Any]:
    """Light, dark or the device's setting: the person's choice, the device's when signed out."""
    user = getattr(request, "user", None)
    chosen = user.theme if user is not None and user.is_authenticated else Theme.DEVICE
    return page_context(chosen)
