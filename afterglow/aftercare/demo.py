"""Demo check-ins: the demo patients answered their recent check-ins (only if they have none)."""

from datetime import timedelta

from django.utils import timezone

from afterglow.aftercare.models import CheckIn, CheckInKind
from afterglow.clinics.models import Clinic
from afterglow.treatments.models import SessionStatus, TreatmentSession


def add_demo_check_ins(clinic: Clinic) -> None:
    now = timezone.now()
    sessions = TreatmentSession.objects.filter(
        patient__clinic=clinic,
        status=SessionStatus.COMPLETED,
        ends_at__lte=now - timedelta(hours=30),
        ends_at__gte=now - timedelta(days=8),
    )
    for n, session in enumerate(sessions):
        if CheckIn.objects.filter(session=session).exists():
            continue
        CheckIn.objects.create(
            session=session,
            kind=CheckInKind.EVENING,
            mood=3 + n % 2,
            created_at=session.ends_at + timedelta(hours=8),
        )
        CheckIn.objects.create(
            session=session,
            kind=CheckInKind.MORNING,
            mood=4,
            sleep=4,
            side_effects=["headache"] if n % 3 == 0 else [],
            created_at=session.ends_at + timedelta(hours=21),
        )
