"""The named people every authorization test uses, and a helper that requests as each of them.

- ``patient`` (Pat) and ``other_patient`` (Olive) of the Cedar clinic; Pat's care team is
  ``clinician`` (Cara); ``outsider`` (Otto) is a clinician of the same clinic outside that team;
  ``foreign`` (Fern) is a clinician of another clinic; ``admin`` (Ada) is the Cedar clinic admin.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from afterglow.accounts.models import User
from afterglow.accounts.signals import MFA_ENROL, MFA_PENDING
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role

PASSWORD = "a calm and long passphrase"
ROLES = ("anonymous", "patient", "other_patient", "clinician", "outsider", "foreign", "admin")


@dataclass
class People:
    clinic: Clinic
    other_clinic: Clinic
    patient: User
    other_patient: User
    clinician: User
    outsider: User
    foreign: User
    admin: User

    @property
    def pat(self) -> Patient:
        return self.patient.patient

    def user(self, role: str) -> User | None:
        return None if role == "anonymous" else getattr(self, role)


def make_user(email: str, name: str) -> User:
    return User.objects.create_user(email, PASSWORD, full_name=name, time_zone="America/Chicago")


def make_people() -> People:
    cedar = Clinic.objects.create(name="Cedar Clinic", slug="cedar", phone="555-0100")
    birch = Clinic.objects.create(name="Birch Clinic", slug="birch")
    people = People(
        clinic=cedar,
        other_clinic=birch,
        patient=make_user("pat@example.com", "Pat Patient"),
        other_patient=make_user("olive@example.com", "Olive Other"),
        clinician=make_user("cara@example.com", "Cara Clinician"),
        outsider=make_user("otto@example.com", "Otto Outsider"),
        foreign=make_user("fern@example.com", "Fern Foreign"),
        admin=make_user("ada@example.com", "Ada Admin"),
    )
    pat = Patient.objects.create(user=people.patient, clinic=cedar)
    olive = Patient.objects.create(user=people.other_patient, clinic=cedar)
    for user, clinic in (
        (people.clinician, cedar),
        (people.outsider, cedar),
        (people.foreign, birch),
    ):
        Membership.objects.create(user=user, clinic=clinic, role=Role.CLINICIAN)
    Membership.objects.create(user=people.admin, clinic=cedar, role=Role.ADMIN)
    people.admin.is_staff = True
    people.admin.save()
    CareTeamMember.objects.create(patient=pat, clinician=people.clinician)
    CareTeamMember.objects.create(patient=olive, clinician=people.outsider)
    return people


def sign_in(client: Client, user: User) -> Client:
    """Signed in with the second step already done (tests of that step sign in for real)."""
    client.force_login(user)
    session = client.session
    session.pop(MFA_ENROL, None)
    session.pop(MFA_PENDING, None)
    session.save()
    return client


def status_as_each(
    people: People, url: str, *, method: str = "get", data: Any = None, **extra: Any
) -> dict[str, int]:
    statuses = {}
    for role in ROLES:
        client = Client()
        user = people.user(role)
        if user is not None:
            sign_in(client, user)
        response = getattr(client, method)(url, data=data, **extra)
        statuses[role] = response.status_code
    return statuses


def assert_access(people: People, url: str, expected: dict[str, int], **kwargs: Any) -> None:
    """``expected`` names a status for every role; anything not named must be 404."""
    full = {role: expected.get(role, 404) for role in ROLES}
    assert status_as_each(people, url, **kwargs) == full


@pytest.fixture
def people(db: Any) -> People:
    return make_people()
