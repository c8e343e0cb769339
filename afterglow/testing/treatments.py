"""Helpers for tests that need treatment sessions."""

from datetime import datetime, timedelta

from afterglow.clinics.models import Patient
from afterglow.treatments.models import SessionStatus, TreatmentSession


def completed_session(
    patient: Patient, *, ended: datetime, modality: str = "spravato", minutes: int = 120
) -> TreatmentSession:
    return TreatmentSession.objects.create(
        patient=patient,
        modality=modality,
        status=SessionStatus.COMPLETED,
        starts_at=ended - timedelta(minutes=minutes),
        ends_at=ended,
    )


def scheduled_session(
    patient: Patient, *, starts: datetime, modality: str = "spravato"
) -> TreatmentSession:
    return TreatmentSession.objects.create(
        patient=patient,
        modality=modality,
        status=SessionStatus.SCHEDULED,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
