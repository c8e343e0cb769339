"""Demo treatment histories: each demo patient at a believable point of their plan.

Sessions are in the clinic's opening hours whatever the time of loading (see
``clinics.demo``); a patient who already has sessions is left alone, so loading the demo
again changes nothing.
"""

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Min
from django.utils import timezone

from afterglow.clinics.demo import on_day
from afterglow.clinics.models import Clinic, Patient, Role
from afterglow.treatments.models import (
    MaintenancePlan,
    MonitoringRecord,
    Protocol,
    SessionStatus,
    SpravatoDose,
    TreatmentSession,
)

IV_INDUCTION_DAYS = [0, 2, 5, 8, 12, 16]
IV_MINUTES = 50
FIRST_START, LAST_START = time(9), time(15)  # the clinic's first and last session of a day


def latest_start(now: datetime, zone: str, minutes: int) -> datetime:
    """The latest session start on the half hour, in opening hours, that ended at least an
    hour before ``now``: earlier today, or yesterday afternoon before the clinic opens."""
    tz = ZoneInfo(zone)
    latest = (now - timedelta(hours=1, minutes=minutes)).astimezone(tz)
    start = datetime.combine(latest.date(), time(latest.hour, latest.minute // 30 * 30), tz)
    if start.time() > LAST_START:
        return datetime.combine(start.date(), LAST_START, tz)
    if start.time() < FIRST_START:
        return datetime.combine(start.date() - timedelta(days=1), LAST_START, tz)
    return start


def _sessions(
    patient: Patient, modality: str, clinician: Any, starts: list[datetime], minutes: int
) -> list[TreatmentSession]:
    return [
        TreatmentSession.objects.create(
            patient=patient,
            modality=modality,
            status=SessionStatus.COMPLETED,
            starts_at=start,
            ends_at=start + timedelta(minutes=minutes),
            clinician=clinician,
        )
        for start in starts
    ]


def _has_sessions(patient: Patient) -> bool:
    return TreatmentSession.objects.filter(patient=patient).exists()


def _monitored(session: TreatmentSession, clinician: Any, zone: str) -> None:
    """A completed REMS record, as the nurse fills it in before the patient goes home."""
    resolved = session.starts_at + timedelta(minutes=70)
    MonitoringRecord.objects.create(
        session=session,
        dose=SpravatoDose.MG_56,
        lot_number="DEMO-4471",
        bp_before_systolic=124,
        bp_before_diastolic=78,
        bp_40_systolic=136,
        bp_40_diastolic=84,
        bp_discharge_systolic=126,
        bp_discharge_diastolic=80,
        dissociation=True,
        dissociation_resolved=resolved.astimezone(ZoneInfo(zone)).time(),
        monitoring_minutes=120,
        completed_by=clinician,
        completed_at=session.ends_at + timedelta(minutes=10),
    )


def add_demo_treatments(clinic: Clinic) -> None:
    now = timezone.now()
    zone = clinic.time_zone
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
        # Induction four months ago, then a booster every 4 weeks; the last 20 days ago.
        first = 16 + 28 * 3 + 20
        days = IV_INDUCTION_DAYS + [16 + 28 * n for n in (1, 2, 3)]
        starts = [on_day(now, zone, first - d, 10) for d in days]
        _sessions(alex, "iv", clinician, starts, IV_MINUTES)
        MaintenancePlan.objects.create(
            patient=alex,
            protocol=iv,
            start_date=starts[0].date(),
            start_phase="induction",
            updated_by=clinician,
        )

    priya = patients.get("priya")
    if priya and not _has_sessions(priya):
        # Twice a week since 15 days ago, the last one yesterday; booked tomorrow at 9.
        starts = [on_day(now, zone, d, 9) for d in (15, 12, 8, 5, 1)]
        done = _sessions(priya, "spravato", clinician, starts, 120)
        for session in done[:2]:  # the later ones' REMS records are still to be written
            _monitored(session, clinician, zone)
        booked = on_day(now, zone, -1, 9)
        TreatmentSession.objects.create(
            patient=priya,
            modality="spravato",
            status=SessionStatus.SCHEDULED,
            starts_at=booked,
            ends_at=booked + timedelta(hours=2),
            clinician=clinician,
        )
        MaintenancePlan.objects.create(
            patient=priya, protocol=spravato, start_date=starts[0].date(), updated_by=clinician
        )

    noah = patients.get("noah")
    if noah and not _has_sessions(noah):
        # Induction, third session: the latest one ended at least an hour ago (see above).
        latest = latest_start(now, zone, IV_MINUTES)
        starts = [latest - timedelta(days=d) for d in (7, 4, 0)]
        _sessions(noah, "iv", clinician, starts, IV_MINUTES)
        MaintenancePlan.objects.create(
            patient=noah, protocol=iv, start_date=starts[0].date(), updated_by=clinician
        )

    lucia = patients.get("lucia")
    if lucia and not _has_sessions(lucia):
        # Spravato twice a week since last week, the last one three days ago; booked in two days.
        starts = [on_day(now, zone, d, 10) for d in (10, 7, 3)]
        done = _sessions(lucia, "spravato", clinician, starts, 120)
        for session in done:
            _monitored(session, clinician, zone)
        booked = on_day(now, zone, -2, 10)
        TreatmentSession.objects.create(
            patient=lucia,
            modality="spravato",
            status=SessionStatus.SCHEDULED,
            starts_at=booked,
            ends_at=booked + timedelta(hours=2),
            clinician=clinician,
        )
        MaintenancePlan.objects.create(
            patient=lucia, protocol=spravato, start_date=starts[0].date(), updated_by=clinician
        )

    # The demo's patients joined Afterglow before the history it gives them, as a real
    # patient would have: pages that count "since you joined" (the summary for the next
    # visit) then hold that history. Loading again changes nothing.
    for patient in patients.values():
        began = TreatmentSession.objects.filter(patient=patient).aggregate(at=Min("starts_at"))
        if began["at"] is not None and began["at"] < patient.created_at:
            joined = began["at"] - timedelta(days=1)
            Patient.objects.filter(pk=patient.pk).update(created_at=joined)
