from typing import Any

from django.http import HttpRequest

from afterglow.clinics.access import roles_of


def role(request: HttpRequest) -> dict[str, Any]:
    """The signed-in person's roles, for navigation."""
    user = getattr(request, "user", None)
    return {"roles": roles_of(user)}
