from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.journal.services import entry_share
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def test_the_timeline_shows_what_the_care_team_may_see_newest_first(people, time_machine):
    time_machine.move_to(NOW - timedelta(days=3), tick=False)
    completed_session(people.pat, ended=NOW - timedelta(days=3), modality="iv")
    time_machine.move_to(NOW - timedelta(days=1), tick=False)
    shared = write(people.pat, body="A shared morning", title="Shared one")
    entry_share(entry=shared, shared=True, request=None)
    write(people.pat, body="A private night", title="Private one")
    time_machine.move_to(NOW, tick=False)
    url = reverse("careteam:patient", args=[people.pat.pk])
    page = sign_in(Client(), people.clinician).get(url).content.decode()
    timeline = page[page.index('class="timeline-list"') :]
    assert "Shared one" in timeline and "Private one" not in timeline
    assert "A shared morning" not in timeline  # words are read on the audited entry page
    assert timeline.index("Shared one") < timeline.index("IV ketamine: Completed")
    only = sign_in(Client(), people.clinician).get(url + "?show=sessions").content.decode()
    only = only[only.index('class="timeline-list"') :]
    assert "IV ketamine: Completed" in only and "Shared one" not in only
