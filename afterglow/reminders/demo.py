"""Demo medicines and a few days of the daily check (only for patients who have none)."""

from datetime import timedelta

from django.utils import timezone

from afterglow.clinics.models import Clinic, Patient
from afterglow.reminders.models import Medication, MedicationCheck
from afterglow.treatments.schedule import local_day

MEDICINES = {
    "alex": [("Sertraline", "one tablet with breakfast", ["08:00"])],
    "priya": [("Bupropion", "one tablet", ["08:00"]), ("Vitamin D", "", ["08:00"])],
}
ANSWERS = ["yes", "yes", "missed", "yes", "yes", "not_today", "yes"]


def add_demo_medicines(clinic: Clinic) -> None:
    now = timezone.now()
    for patient in Patient.objects.filter(clinic=clinic).select_related("user"):
        name = patient.user.email.split("@")[0]
        if name not in MEDICINES or Medication.objects.filter(patient=patient).exists():
            continue
        for medicine, dose, times in MEDICINES[name]:
            Medication.objects.create(patient=patient, name=medicine, dose=dose, times=times)
        today = local_day(now, patient.time_zone)
        for back, answer in enumerate(ANSWERS, start=1):
            MedicationCheck.objects.create(
                patient=patient, day=today - timedelta(days=back), answer=answer
            )
