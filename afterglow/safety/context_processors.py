from typing import Any

from django.http import HttpRequest

from afterglow.clinics.access import roles_of
from afterglow.safety.resources import resources_for


def crisis(request: HttpRequest) -> dict[str, Any]:
    """The crisis bar's numbers, from the signed-in person's clinic."""
    return {"crisis": resources_for(roles_of(getattr(request, "user", None)).clinic)}
