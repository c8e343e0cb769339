"""What a patient's caseload row shows that changes only when something is written.

Derived data, never edited by hand: ``careteam.summary`` rebuilds a patient's row from their
records whenever one of those records is saved or deleted, so the caseload reads 200 small
rows instead of working the same answers out again from every session and questionnaire on
each visit. What depends on the clock (the next booking, what was shared this week, missed
check-ins) is still asked of the database on each visit.
"""

from django.db import models

from afterglow.clinics.models import Patient


class CaseloadSummary(models.Model):
    patient = models.OneToOneField(
        Patient, on_delete=models.CASCADE, primary_key=True, related_name="caseload_summary"
    )
    sessions_done = models.PositiveIntegerField(default=0)  # completed sessions, ever
    first_done_at = models.DateTimeField(null=True)
    last_done_at = models.DateTimeField(null=True)
    phq9 = models.PositiveSmallIntegerField(null=True)  # latest total
    phq9_before = models.PositiveSmallIntegerField(null=True)  # the one before it
    gad7 = models.PositiveSmallIntegerField(null=True)
    gad7_before = models.PositiveSmallIntegerField(null=True)
    # The latest thing the care team can see the patient did: a shared entry, a check-in,
    # a questionnaire, a circle. Private writing does not count.
    last_activity = models.DateTimeField(null=True)

    class Meta:
        verbose_name_plural = "caseload summaries"

    def __str__(self) -> str:
        return f"Caseload summary of {self.patient_id}"
