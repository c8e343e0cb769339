"""Writes for a clinic's staff: their roles, and deactivating or reactivating an account.

Deactivating signs the person out at once (every session deleted, every API token revoked)
and keeps everything they wrote and every audit row. A clinic always keeps an active admin.
"""

from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from afterglow.accounts.services import sessions_end
from afterglow.audit.services import record
from afterglow.clinics.access import forget_roles
from afterglow.clinics.hooks import ACCOUNT_CLOSERS
from afterglow.clinics.models import Clinic, Membership, Role
from afterglow.clinics.services import membership_grant, membership_revoke


class StaffChangeRefused(Exception):
    """A change that would leave the clinic without an admin, or reach beyond it."""


def _is_last_admin(clinic: Clinic, user: Any) -> bool:
    admins = Membership.objects.filter(clinic=clinic, role=Role.ADMIN, user__is_active=True)
    return list(admins.values_list("user_id", flat=True)) == [user.pk]


def staff_roles_set(
    *, clinic: Clinic, user: Any, roles: set[str], title: str, by: Any, request: HttpRequest
) -> None:
    """Give ``user`` exactly ``roles`` in ``clinic`` (clinician, admin or both)."""
    current = {m.role: m for m in Membership.objects.filter(clinic=clinic, user=user)}
    if Role.ADMIN in current and Role.ADMIN not in roles and _is_last_admin(clinic, user):
        raise StaffChangeRefused(_("The clinic needs at least one active admin."))
    with transaction.atomic():
        for role in sorted(roles - current.keys()):
            membership_grant(user=user, clinic=clinic, role=role, by=by, request=request)
        for role in sorted(current.keys() - roles):
            membership_revoke(membership=current[role], by=by, request=request)
        retitled = (
            Membership.objects.filter(clinic=clinic, user=user)
            .exclude(title=title)
            .update(title=title)
        )
        if retitled:
            record(action="role.title", request=request, clinic=clinic, detail={"user_id": user.pk})
        if (
            not user.is_superuser
            and not Membership.objects.filter(user=user, role=Role.ADMIN).exists()
        ):
            user.is_staff = False  # nothing of theirs left in the Django admin
            user.save(update_fields=["is_staff"])
    forget_roles(user)


def _check_deactivation(clinic: Clinic, user: Any, by: Any) -> None:
    if user.pk == by.pk:
        raise StaffChangeRefused(_("You can't deactivate your own account."))
    if user.is_superuser or Membership.objects.filter(user=user).exclude(clinic=clinic).exists():
        raise StaffChangeRefused(
            _("This account also serves elsewhere; an operator can deactivate it.")
        )
    if _is_last_admin(clinic, user):
        raise StaffChangeRefused(_("The clinic needs at least one active admin."))


def staff_deactivate(*, clinic: Clinic, user: Any, by: Any, request: HttpRequest) -> None:
    """Close the account now: no sign-in, no session, no API token. Nothing is deleted."""
    _check_deactivation(clinic, user, by)
    with transaction.atomic():
        user.is_active = False
        user.save(update_fields=["is_active"])
        sessions = sessions_end(user=user)
        tokens = sum(close(user=user, request=request) for close in ACCOUNT_CLOSERS)
        record(
            action="staff.deactivate",
            request=request,
            clinic=clinic,
            detail={"user_id": user.pk, "sessions": sessions, "tokens": tokens},
        )


def staff_reactivate(*, clinic: Clinic, user: Any, by: Any, request: HttpRequest) -> None:
    """Open the account again: the person signs in as before (their tokens stay revoked)."""
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        record(
            action="staff.reactivate", request=request, clinic=clinic, detail={"user_id": user.pk}
        )
