from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from afterglow.clinics.models import Patient
from afterglow.integration.selectors import overdue
from afterglow.safety.models import FlagKind, Severity
from afterglow.safety.services import flag_raise_once
from afterglow.treatments.selectors import monitoring_missing


class Command(BaseCommand):
    help = (
        "Raise the flags that time makes due: an integration session missing after a "
        "treatment, a Spravato REMS monitoring record missing 5 days after a session. "
        "Idempotent (one flag per treatment): run it hourly from cron or a systemd timer."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        now, raised = timezone.now(), 0
        for patient in Patient.objects.select_related("clinic").iterator():
            for item in overdue(patient, now):
                raised += flag_raise_once(
                    patient=patient,
                    kind=FlagKind.OVERDUE_INTEGRATION,
                    severity=Severity.ATTENTION,
                    reasons=["integration_overdue"],
                    source=item.treatment,
                )[1]
        for session in monitoring_missing(now):
            raised += flag_raise_once(
                patient=session.patient,
                kind=FlagKind.REMS_MONITORING,
                severity=Severity.ATTENTION,
                reasons=["rems_missing"],
                source=session,
            )[1]
        self.stdout.write(f"{raised} new flag(s).")
