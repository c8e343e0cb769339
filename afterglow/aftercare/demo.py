"""Demo check-ins: the demo patients answered the check-ins of the last week whose windows
have closed, each inside its window (only if they have none); those still open are left for
whoever tries the demo."""

from datetime import timedelta

from django.utils import timezone

from afterglow.aftercare.models import CheckIn, CheckInKind
from afterglow.aftercare.selectors import check_in_windows
from afterglow.clinics.models import Clinic
from afterglow.treatments.models import SessionStatus, TreatmentSession

# How long after its window opens each check-in was answered: the evening one within the
# hour, the morning one over breakfast.
ANSWERED_AFTER: dict[str, timedelta] = {
    CheckInKind.EVENING: timedelta(minutes=45),
    CheckInKind.MORNING: timedelta(hours=3),
}


def add_demo_check_ins(clinic: Clinic) -> None:
    now = timezone.now()
    sessions = TreatmentSession.objects.filter(
        patient__clinic=clinic,
        status=SessionStatus.COMPLETED,
        ends_at__lte=now,
        ends_at__gte=now - timedelta(days=8),
    ).select_related("patient__user")
    for n, session in enumerate(sessions):
        if CheckIn.objects.filter(session=session).exists():
            continue
        windows = check_in_windows(session, session.patient.time_zone)
        for kind, (opens, closes) in windows.items():
            if closes > now:
                continue
            CheckIn.objects.create(
                session=session,
                kind=kind,
                mood=4 if kind == CheckInKind.MORNING else 3 + n % 2,
                sleep=4 if kind == CheckInKind.MORNING else None,
                side_effects=["headache"] if kind == CheckInKind.MORNING and n % 3 == 0 else [],
                created_at=min(opens + ANSWERED_AFTER[kind], closes - timedelta(minutes=5)),
            )
