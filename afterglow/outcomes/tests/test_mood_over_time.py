"""Mood over time: who may see it, what each side sees, the chart's headers, pinned queries."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.aftercare.models import CheckIn
from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Entry
from afterglow.journal.services import entry_share
from afterglow.testing.journal import write
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


@pytest.fixture
def moods(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    session = completed_session(people.pat, ended=NOW - timedelta(days=3))
    CheckIn.objects.create(
        session=session,
        kind="evening",
        mood=2,
        sleep=3,
        created_at=NOW - timedelta(days=3, hours=-4),
    )
    private = write(people.pat, body="private", mood=4, energy=2)
    shared = write(people.pat, body="shared", mood=5, energy=4)
    entry_share(entry=shared, shared=True, request=None)
    return private, shared


def test_only_the_patient_and_their_care_team_see_it(people, moods):
    assert_access(
        people, reverse("outcomes:mood"), {"anonymous": 302, "patient": 200, "other_patient": 200}
    )
    assert_access(
        people,
        reverse("outcomes:mood_chart"),
        {"anonymous": 302, "patient": 200, "other_patient": 200},
    )
    for name in ("patient_mood", "patient_mood_chart"):
        url = reverse(f"outcomes:{name}", args=[people.pat.pk])
        assert_access(people, url, {"anonymous": 302, "clinician": 200})
    assert (
        AuditEvent.objects.filter(
            action="mood.view", actor=people.clinician, outcome="success"
        ).count()
        == 1
    )
    assert AuditEvent.objects.filter(action="mood.view", outcome="denied").count() == 2


def test_the_patient_sees_all_their_moods_and_the_care_team_only_shared_ones(people, moods):
    mine = sign_in(Client(), people.patient).get(reverse("outcomes:mood")).content.decode()
    assert mine.count('class="mood"') == 3 and "energy 2/5" in mine and "sleep 3/5" in mine
    url = reverse("outcomes:patient_mood", args=[people.pat.pk])
    theirs = sign_in(Client(), people.clinician).get(url).content.decode()
    assert (
        theirs.count('class="mood"') == 2 and "energy 2/5" not in theirs and "energy 4/5" in theirs
    )


def test_ranges_keep_only_their_days(people, moods):
    old = write(people.pat, body="old", mood=1)
    Entry.objects.filter(pk=old.pk).update(created_at=NOW - timedelta(days=60))
    client = sign_in(Client(), people.patient)
    assert (
        client.get(reverse("outcomes:mood") + "?range=month").content.decode().count('class="mood"')
        == 3
    )
    assert (
        client.get(reverse("outcomes:mood") + "?range=all").content.decode().count('class="mood"')
        == 4
    )
    week = client.get(reverse("outcomes:mood") + "?range=nonsense")
    assert week.status_code == 200  # an unknown range is the month


def test_the_chart_is_an_svg_with_its_own_narrow_policy(people, moods):
    response = sign_in(Client(), people.patient).get(reverse("outcomes:mood_chart"))
    assert response["Content-Type"] == "image/svg+xml"
    assert "script-src 'none'" in response["Content-Security-Policy"]
    svg = response.content.decode()
    assert "<svg" in svg and "Journal mood" in svg and "Treatment session" in svg


def test_the_page_costs_the_same_queries_for_any_amount_of_data(people, moods):
    client = sign_in(Client(), people.clinician)
    url = reverse("outcomes:patient_mood", args=[people.pat.pk]) + "?range=all"

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for n in range(15):
        entry = write(people.pat, body=f"entry {n}", mood=3)
        entry_share(entry=entry, shared=True, request=None)
        completed_session(people.pat, ended=NOW - timedelta(days=n, hours=2))
    # session, user, roles (2), the care-team check, its audit row (5), daily checks,
    # check-ins, entries, sessions, and the header's unread notifications.
    assert count() == few == 15
