"""Who may see what. Every read of patient data goes through here.

Rules (DESIGN.md): a patient sees their own data; a clinician sees clinical data of the
patients on their care team; a clinic admin manages people and reads the audit log, not
clinical content; nobody sees across clinics. Anything out of reach answers 404, never 403,
so its existence does not leak.
"""

from dataclasses import dataclass, field
from typing import Any, TypeVar
from uuid import UUID

from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest

from afterglow.audit.models import Outcome
from afterglow.audit.services import record
from afterglow.clinics.models import Clinic, Membership, Patient, Role

_CACHE_ATTR = "_afterglow_roles"
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Roles:
    patient: Patient | None = None
    clinician_clinic_ids: frozenset[int] = field(default_factory=frozenset)
    admin_clinics: tuple[Clinic, ...] = ()
    # Every clinic the person works in, whatever the role (their language, for one).
    staff_clinics: tuple[Clinic, ...] = ()

    @property
    def is_patient(self) -> bool:
        return self.patient is not None

    @property
    def is_clinician(self) -> bool:
        return bool(self.clinician_clinic_ids)

    @property
    def is_admin(self) -> bool:
        return bool(self.admin_clinics)

    @property
    def is_staff_member(self) -> bool:
        return self.is_clinician or self.is_admin

    @property
    def clinic(self) -> Clinic | None:
        if self.patient is not None:
            return self.patient.clinic
        return self.admin_clinics[0] if self.admin_clinics else None


def roles_of(user: Any) -> Roles:
    """The user's roles, looked up once per user object (two queries)."""
    if not getattr(user, "is_authenticated", False):
        return Roles()
    cached = getattr(user, _CACHE_ATTR, None)
    if cached is not None:
        return cached
    patient = Patient.objects.select_related("clinic").filter(user=user).first()
    if patient is not None:
        patient.user = user  # the signed-in account itself: patient.time_zone needs no query
    memberships = list(Membership.objects.select_related("clinic").filter(user=user))
    roles = Roles(
        patient=patient,
        clinician_clinic_ids=frozenset(
            m.clinic_id for m in memberships if m.role == Role.CLINICIAN
        ),
        admin_clinics=tuple(m.clinic for m in memberships if m.role == Role.ADMIN),
        staff_clinics=tuple(m.clinic for m in memberships),
    )
    setattr(user, _CACHE_ATTR, roles)
    return roles


def forget_roles(user: Any) -> None:
    if hasattr(user, _CACHE_ATTR):
        delattr(user, _CACHE_ATTR)


def own_patient(request: HttpRequest) -> Patient:
    """The signed-in patient's own profile, or 404 for anyone who is not a patient."""
    patient = roles_of(request.user).patient
    if patient is None:
        raise Http404
    return patient


def own_object(
    request: HttpRequest, queryset: QuerySet[M], *, via: str = "patient", **lookup: Any
) -> M:
    """An object that belongs to the signed-in patient (through ``via``), or 404."""
    found = queryset.filter(**{via: own_patient(request)}, **lookup).first()
    if found is None:
        raise Http404
    return found


def own_account_object(request: HttpRequest, queryset: QuerySet[M], **lookup: Any) -> M:
    """An object that belongs to the signed-in account itself (patient or staff), or 404."""
    found = queryset.filter(user=request.user, **lookup).first()
    if found is None:
        raise Http404
    return found


def require_clinician(request: HttpRequest) -> Roles:
    roles = roles_of(request.user)
    if not roles.is_clinician:
        raise Http404
    return roles


def require_clinic_admin(request: HttpRequest) -> Clinic:
    roles = roles_of(request.user)
    if not roles.admin_clinics:
        raise Http404
    return roles.admin_clinics[0]


def caseload(user: Any) -> QuerySet[Patient]:
    """Patients on the user's care team, in clinics where the user is a clinician."""
    roles = roles_of(user)
    if not roles.is_clinician:
        return Patient.objects.none()
    return (
        Patient.objects.filter(
            care_team_links__clinician=user, clinic_id__in=roles.clinician_clinic_ids
        )
        .select_related("user", "clinic")
        .distinct()
    )


def patient_for_care_team(
    request: HttpRequest, patient_id: UUID | str, *, action: str = "patient.view"
) -> Patient:
    """A patient the signed-in clinician cares for; 404 (and a denied audit row) otherwise.

    Each successful call is a staff read of patient data and leaves an audit row.
    """
    patient = caseload(request.user).filter(pk=patient_id).first()
    if patient is None:
        record(
            action=action,
            request=request,
            outcome=Outcome.DENIED,
            detail={"patient_ref": str(patient_id)[:64]},
        )
        raise Http404
    record(action=action, request=request, patient=patient)
    return patient


def can_invite(user: Any, role: str) -> Clinic | None:
    """The clinic in which the user may invite someone of ``role``, if any."""
    roles = roles_of(user)
    if role == Role.CLINICIAN or role == Role.ADMIN:
        return roles.admin_clinics[0] if roles.admin_clinics else None
    if roles.admin_clinics:
        return roles.admin_clinics[0]
    if roles.clinician_clinic_ids:
        return Clinic.objects.filter(id__in=roles.clinician_clinic_ids).first()
    return None


def clinicians_of(clinic: Clinic) -> QuerySet[Any]:
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(memberships__clinic=clinic, memberships__role=Role.CLINICIAN)
        .distinct()
        .order_by("full_name")
    )


def clinic_staff_member(request: HttpRequest, user_id: int) -> tuple[Clinic, Any]:
    """For a clinic admin: their clinic and one of its staff (any role, active or not)."""
    clinic = require_clinic_admin(request)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id, memberships__clinic=clinic).first()
    if user is None:
        raise Http404
    return clinic, user


def clinic_patient(request: HttpRequest, patient_id: UUID | str) -> tuple[Clinic, Patient]:
    """For a clinic admin: their clinic and one of its patients, to manage (not to read
    their clinical data: the admin's pages show a patient's name, email and care team)."""
    clinic = require_clinic_admin(request)
    patient = (
        Patient.objects.select_related("user")
        .filter(pk=patient_id, clinic=clinic, user__is_active=True)
        .first()
    )
    if patient is None:
        raise Http404
    return clinic, patient
