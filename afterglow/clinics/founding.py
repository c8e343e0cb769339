"""A new clinic and its first admin's invitation: what ``manage.py create_clinic`` and the
first-run page both do, after ``NewClinicForm`` has checked what they were given."""

from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils.text import slugify

from afterglow.accounts.models import Invitation, InvitationRole
from afterglow.accounts.services import invitation_make
from afterglow.audit.services import record
from afterglow.clinics.models import Clinic


@dataclass(frozen=True)
class Founded:
    clinic: Clinic
    invitation: Invitation
    link: str  # the first admin's invitation: shown or emailed once, never stored


def _free_slug(name: str) -> str:
    base = slugify(name)[:40] or "clinic"
    slug, n = base, 1
    while Clinic.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def clinic_create(
    *,
    name: str,
    time_zone: str,
    phone: str,
    admin_name: str,
    admin_email: str,
    via: str,
    request: HttpRequest | None = None,
) -> Founded:
    """Make the clinic (its default content comes with it) and invite its first admin.
    ``via`` says how, for the audit log: ``command`` or ``first_run``."""
    clinic = Clinic(name=name, slug=_free_slug(name), time_zone=time_zone, phone=phone)
    clinic.full_clean()
    with transaction.atomic():
        clinic.save()
        record(
            action="clinic.create", request=request, clinic=clinic, obj=clinic, detail={"via": via}
        )
        invitation, link = invitation_make(
            inviter=None,
            clinic=clinic,
            email=admin_email,
            full_name=admin_name,
            role=InvitationRole.ADMIN,
            care_team=[],
            request=request,
        )
    return Founded(clinic=clinic, invitation=invitation, link=link)
