"""After "Let my care team know", the patient is told exactly what the team now sees: that
they asked for help, not the entry (which stays private); for a check-in, the check-in."""

from datetime import UTC, datetime

from django.test import Client
from django.urls import reverse

from afterglow.safety.models import Flag
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session


def test_the_banner_says_the_team_sees_the_request_not_the_entry(people):
    entry = write(people.pat, "Some heavy words")
    client = sign_in(Client(), people.patient)
    page = client.post(
        reverse("journal:tell_care_team", args=[entry.pk]), follow=True
    ).content.decode()
    assert "They see that you asked, after writing about suicide or self-harm" in page
    assert "They don&#x27;t see this entry: it stays private unless you share it." in page
    assert "Your care team will see this" not in page  # as if they would read the entry
    assert "Only you can see this entry." in page
    assert Flag.objects.get().reasons == ["journal_entry"]


def test_after_a_check_in_the_banner_says_the_team_sees_the_check_in(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 11, 14, tzinfo=UTC), tick=False)
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    client = sign_in(Client(), people.patient)
    client.post(
        reverse("aftercare:check_in", args=[session.pk, "morning"]),
        {"mood": 2, "sleep": 2, "note": "Heavy"},
    )
    tell = reverse("aftercare:check_in_tell", args=[session.pk, "morning"])
    page = client.post(tell, follow=True).content.decode()
    assert "this check-in with its note, as they see every check-in" in page
    assert "Your care team will see this" not in page
