"""Helpers for tests that need treatment sessions."""

from datetime import datetime, timedelta

from afterglow.aftercare.models import CheckIn
from afterglow.aftercare.services import checkin_submit
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


def evening_check_in(session: TreatmentSession, *, mood: int = 3) -> CheckIn:
    """The evening check-in after ``session``, nothing worrying in it."""
    check_in, _ = checkin_submit(
        session=session,
        kind="evening",
        mood=mood,
        sleep=None,
        side_effects=[],
        red_flags=[],
        note="",
        request=None,
    )
    return check_in
