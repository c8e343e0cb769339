"""Reads for the clinic admin's pages: staff and patients of one clinic (no clinical data)."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from afterglow.accounts.models import Invitation, InvitationRole
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role


@dataclass
class StaffMember:
    user: Any
    roles: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    @property
    def is_clinician(self) -> bool:
        return Role.CLINICIAN in self.roles

    @property
    def role_choice(self) -> str:
        """The staff role form's value: clinician, admin or both."""
        return "both" if self.is_admin and self.is_clinician else self.roles[0]


def staff_of(clinic: Clinic) -> list[StaffMember]:
    """Everyone with a role in the clinic, by name (one query)."""
    people: dict[int, StaffMember] = {}
    memberships = (
        Membership.objects.filter(clinic=clinic)
        .select_related("user")
        .order_by("user__full_name", "role")
    )
    for membership in memberships:
        member = people.setdefault(membership.user_id, StaffMember(user=membership.user))
        member.roles.append(membership.role)
        member.title = member.title or membership.title
    return list(people.values())


def staff_member(clinic: Clinic, user: Any) -> StaffMember:
    member = StaffMember(user=user)
    for membership in Membership.objects.filter(clinic=clinic, user=user).order_by("role"):
        member.roles.append(membership.role)
        member.title = member.title or membership.title
    return member


def patients_of(clinic: Clinic) -> QuerySet[Patient]:
    """The clinic's patients with their care teams (two queries)."""
    links = CareTeamMember.objects.select_related("clinician").order_by("clinician__full_name")
    return (
        Patient.objects.filter(clinic=clinic, user__is_active=True)
        .select_related("user")
        .prefetch_related(Prefetch("care_team_links", queryset=links))
        .order_by("user__full_name")
    )


def patient_invitations_waiting(clinic: Clinic) -> int:
    """Patients invited who have not joined yet (the invitation still works)."""
    return Invitation.objects.filter(
        clinic=clinic,
        role=InvitationRole.PATIENT,
        accepted_at=None,
        revoked_at=None,
        expires_at__gt=timezone.now(),
    ).count()
