from datetime import UTC, datetime

from django.test import Client

from afterglow.clinics.models import Patient
from afterglow.testing.people import sign_in


def test_dates_are_shown_in_the_viewers_time_zone(people, time_machine):
    # 03:30 UTC on March 2nd is still March 1st in Chicago.
    Patient.objects.filter(pk=people.pat.pk).update(
        created_at=datetime(2026, 3, 2, 3, 30, tzinfo=UTC)
    )
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "Mar 1, 2026" in page
