from datetime import UTC, datetime, timedelta

from django.test import Client

from afterglow.testing.people import sign_in
from afterglow.treatments.models import TreatmentSession


def test_dates_are_shown_in_the_viewers_time_zone(people):
    # 03:30 UTC on March 2nd is still March 1st in Chicago.
    start = datetime(2026, 3, 2, 3, 30, tzinfo=UTC)
    TreatmentSession.objects.create(
        patient=people.pat,
        modality="iv",
        status="completed",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
    )
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "Mar 1" in page and "Mar 2" not in page
