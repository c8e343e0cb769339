from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from afterglow.clinics.models import Patient
from afterglow.integration.selectors import overdue
from afterglow.safety.models import FlagKind, Severity
from afterglow.safety.services import flag_raise_once


class Command(BaseCommand):
    help = (
        "Raise a flag for each treatment with no integration session within the clinic's "
        "days after it. Safe to run as often as you like: one flag per treatment."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        now, raised = timezone.now(), 0
        for patient in Patient.objects.select_related("clinic").iterator():
            for item in overdue(patient, now):
                _, created = flag_raise_once(
                    patient=patient,
                    kind=FlagKind.OVERDUE_INTEGRATION,
                    severity=Severity.ATTENTION,
                    reasons=["integration_overdue"],
                    source=item.treatment,
                )
                raised += created
        self.stdout.write(f"{raised} new overdue-integration flag(s).")
