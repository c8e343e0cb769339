from typing import Any

from django.http import HttpRequest

from afterglow.clinics.access import roles_of
from afterglow.clinics.hooks import CONTENT_KINDS


def role(request: HttpRequest) -> dict[str, Any]:
    """The signed-in person's roles, for navigation."""
    from afterglow.accounts.signals import MFA_ENROL, MFA_PENDING

    user = getattr(request, "user", None)
    session = getattr(request, "session", None) or {}
    return {
        "roles": roles_of(user),
        "second_step_owed": bool(session.get(MFA_PENDING) or session.get(MFA_ENROL)),
        "clinic_content_kinds": CONTENT_KINDS,  # the clinic admin's navigation
    }
