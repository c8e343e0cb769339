"""Demo treatment histories: each demo patient at a believable point of their plan.

Times are relative to the first load; a patient who already has sessions is left alone, so
loading the demo again changes nothing.
"""

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from afterglow.clinics.models import Clinic, Patient, Role
from afterglow.treatments.models import MaintenancePlan, Protocol, SessionStatus, TreatmentSession

IV_INDUCTION_DAYS = [0, 2, 5, 8, 12, 16]


def _at(day: datetime, hour: int, zone: str) -> datetime:
    return datetime.combine(day.date(), time(hour), tzinfo=ZoneInfo(zone))


def _sessions(
    patient: Patient, modality: str, clinician: Any, starts: list[datetime], minutes: int
) -> None:
    for start in starts:
        TreatmentSession.objects.create(
            patient=patient,
            modality=modality,
            status=SessionStatus.COMPLETED,
            starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            clinician=clinician,
        )


def _has_sessions(patient: Patient) -> bool:
    return TreatmentSession.objects.filter(patient=patient).exists()


def add_demo_treatments(clinic: Clinic) -> None:
    now = timezone.now()
    zone = clinic.time_zone
    today = now.astimezone(ZoneInfo(zone))
    prescriber = clinic.memberships.filter(role=Role.CLINICIAN).order_by("id").first()
    clinician = prescriber.user if prescriber else None
    patients = {
        p.user.email.split("@")[0]: p
        for p in Patient.objects.filter(clinic=clinic).select_related("user")
    }
    iv = Protocol.objects.get(clinic=clinic, key="iv-boosters")
    spravato = Protocol.objects.get(clinic=clinic, key="spravato-label")

    alex = patients.get("alex")
    if alex and not _has_sessions(alex):
        first = today - timedelta(days=16 + 28 * 3 + 20)
        days = IV_INDUCTION_DAYS + [16 + 28 * n for n in (1, 2, 3)]
        _sessions(
            alex, "iv", clinician, [_at(first + timedelta(days=d), 10, zone) for d in days], 50
        )
        MaintenancePlan.objects.create(
            patient=alex,
            protocol=iv,
            start_date=first.date(),
            start_phase="induction",
            updated_by=clinician,
        )

    priya = patients.get("priya")
    if priya and not _has_sessions(priya):
        first = today - timedelta(days=15)
        _sessions(
            priya,
            "spravato",
            clinician,
            [_at(first + timedelta(days=d), 9, zone) for d in (0, 3, 7, 10, 14)],
            120,
        )
        booked = _at(today + timedelta(days=1), 9, zone)
        TreatmentSession.objects.create(
            patient=priya,
            modality="spravato",
            status=SessionStatus.SCHEDULED,
            starts_at=booked,
            ends_at=booked + timedelta(hours=2),
            clinician=clinician,
        )
        MaintenancePlan.objects.create(
            patient=priya, protocol=spravato, start_date=first.date(), updated_by=clinician
        )

    noah = patients.get("noah")
    if noah and not _has_sessions(noah):
        ended = now - timedelta(hours=1)
        earlier = [ended - timedelta(days=d, minutes=50) for d in (7, 4)]
        _sessions(noah, "iv", clinician, earlier + [ended - timedelta(minutes=50)], 50)
        MaintenancePlan.objects.create(
            patient=noah,
            protocol=iv,
            start_date=earlier[0].astimezone(ZoneInfo(zone)).date(),
            updated_by=clinician,
        )
