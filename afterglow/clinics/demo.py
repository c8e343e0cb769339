"""The demo clinic that `make run` loads: believable people, safe to load twice.

Later features add to ``load_demo`` through ``DEMO_EXTENSIONS`` so each patient stands at a
believable point of their care (IV boosters, Spravato induction, a session that just ended).
Every moment is built from the time of loading, on the clinic's clock (``on_day``): sessions
in opening hours, check-ins inside their windows, words written after what they describe,
so the demo reads true whatever the hour it is loaded at.
"""

import base64
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.models import User
from afterglow.clinics.hooks import DEMO_EXTENSIONS
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role

DEMO_DOMAIN = "demo.afterglow.test"
DEMO_PASSWORD = "glow-demo-2026!"
# A fixed key for the demo staff's authenticator: only ever used for demo accounts.
DEMO_TOTP_HEX = "3132333435363738393031323334353637383930"
# As `make run` and the README print it; it runs as typed (see afterglow/lib/devkeys.py).
DEMO_CODE_COMMAND = ".venv/bin/python manage.py demo_code"


@dataclass(frozen=True)
class DemoPerson:
    key: str
    full_name: str
    preferred_name: str
    role: str
    story: str
    # The language their pages come in ("": the clinic's).
    language: str = ""

    @property
    def email(self) -> str:
        return f"{self.key}@{DEMO_DOMAIN}"


STAFF = [
    DemoPerson("maya", "Dr. Maya Ortiz", "Maya", Role.CLINICIAN, "psychiatrist, prescriber"),
    DemoPerson("sam", "Sam Lee", "Sam", Role.CLINICIAN, "integration therapist"),
    DemoPerson("jordan", "Jordan Park", "Jordan", Role.ADMIN, "clinic admin"),
]
PATIENTS = [
    DemoPerson("alex", "Alex Rivera", "Alex", "patient", "IV ketamine, monthly boosters"),
    DemoPerson(
        "priya", "Priya Shah", "Priya", "patient", "Spravato, week 3, booked tomorrow morning"
    ),
    DemoPerson(
        "noah", "Noah Bennett", "Noah", "patient", "IV session in the last day: the 24-hour plan"
    ),
    DemoPerson(
        "lucia",
        "Lucía Fernández",
        "Lucía",
        "patient",
        "Spravato, week 2, reads Afterglow in Spanish",
        language="es",
    ),
]


def on_day(now: datetime, zone: str, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """``days_ago`` days before today on the clinic's calendar, at a local clock time."""
    tz = ZoneInfo(zone)
    day = now.astimezone(tz).date() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def demo_totp_secret() -> str:
    return base64.b32encode(bytes.fromhex(DEMO_TOTP_HEX)).decode()


def _user(person: DemoPerson) -> User:
    user, created = User.objects.get_or_create(
        email=person.email,
        defaults={
            "full_name": person.full_name,
            "preferred_name": person.preferred_name,
            "time_zone": "America/New_York",
            "language": person.language,
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


@transaction.atomic
def load_demo() -> Clinic:
    clinic, _ = Clinic.objects.get_or_create(
        slug="cedar-grove",
        defaults={
            "name": "Cedar Grove Ketamine Clinic",
            "phone": "(555) 010-4400",
            "time_zone": "America/New_York",
        },
    )
    clinicians = []
    for person in STAFF:
        user = _user(person)
        Membership.objects.get_or_create(
            user=user,
            clinic=clinic,
            role=person.role,
            defaults={"title": person.story.split(",")[0]},
        )
        if person.role == Role.ADMIN and not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        TOTPDevice.objects.get_or_create(
            user=user, name="demo", defaults={"key": DEMO_TOTP_HEX, "confirmed": True}
        )
        if person.role == Role.CLINICIAN:
            clinicians.append(user)
    for person in PATIENTS:
        patient, _ = Patient.objects.get_or_create(user=_user(person), clinic=clinic)
        for clinician in clinicians:
            CareTeamMember.objects.get_or_create(patient=patient, clinician=clinician)
    for extend in DEMO_EXTENSIONS:
        extend(clinic)
    return clinic
