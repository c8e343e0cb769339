"""Writes for clinics: roles and care teams. Each change of who may see what is audited."""

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from afterglow.audit.services import record
from afterglow.clinics.access import forget_roles
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role


def membership_grant(
    *,
    user: Any,
    clinic: Clinic,
    role: str,
    by: Any,
    request: HttpRequest | None = None,
    title: str = "",
) -> Membership:
    membership = Membership(user=user, clinic=clinic, role=role, title=title)
    membership.full_clean()
    with transaction.atomic():
        membership.save()
        if role == Role.ADMIN and not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        record(
            action="role.grant",
            actor=by,
            request=request,
            clinic=clinic,
            obj=membership,
            detail={"role": role, "user_id": user.pk},
        )
    forget_roles(user)
    return membership


def membership_revoke(*, membership: Membership, by: Any, request: HttpRequest | None) -> None:
    with transaction.atomic():
        record(
            action="role.revoke",
            actor=by,
            request=request,
            clinic=membership.clinic,
            obj=membership,
            detail={"role": membership.role, "user_id": membership.user_id},
        )
        membership.delete()
    forget_roles(membership.user)


def care_team_add(
    *, patient: Patient, clinician: Any, by: Any, request: HttpRequest | None = None
) -> CareTeamMember:
    if not Membership.objects.filter(
        user=clinician, clinic=patient.clinic, role=Role.CLINICIAN
    ).exists():
        raise ValueError("Only a clinician of the patient's clinic can join their care team")
    link, created = CareTeamMember.objects.get_or_create(patient=patient, clinician=clinician)
    if created:
        record(
            action="care_team.add",
            actor=by,
            request=request,
            patient=patient,
            obj=link,
            detail={"clinician_id": clinician.pk},
        )
    return link


def care_team_remove(*, link: CareTeamMember, by: Any, request: HttpRequest | None) -> None:
    with transaction.atomic():
        record(
            action="care_team.remove",
            actor=by,
            request=request,
            patient=link.patient,
            obj=link,
            detail={"clinician_id": link.clinician_id},
        )
        link.delete()


def care_team_set(
    *, patient: Patient, clinicians: list[Any], by: Any, request: HttpRequest | None
) -> None:
    """Make ``clinicians`` the patient's care team: each joining or leaving is audited."""
    wanted = {c.pk: c for c in clinicians}
    links = {link.clinician_id: link for link in patient.care_team_links.all()}
    with transaction.atomic():
        for pk in sorted(wanted.keys() - links.keys()):
            if not wanted[pk].is_active:
                raise ValueError("A deactivated clinician cannot join a care team")
            care_team_add(patient=patient, clinician=wanted[pk], by=by, request=request)
        for pk in sorted(links.keys() - wanted.keys()):
            care_team_remove(link=links[pk], by=by, request=request)


def clinic_update(*, clinic: Clinic, fields: list[str], request: HttpRequest) -> None:
    """Save the clinic's settings as changed (``fields``: which ones, for the audit row)."""
    clinic.full_clean()
    with transaction.atomic():
        clinic.save()
        record(
            action="clinic.update",
            request=request,
            clinic=clinic,
            obj=clinic,
            detail={"fields": ",".join(sorted(fields))[:64]},
        )
