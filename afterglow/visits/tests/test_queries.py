"""The summary costs the same queries however much the patient recorded, on both sides."""

from datetime import timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.aftercare.services import checkin_submit
from afterglow.integration.services import goal_create, step_toggle
from afterglow.journal.services import entry_share
from afterglow.outcomes.services import daily_check_save
from afterglow.testing.journal import write
from afterglow.testing.outcomes import answer_phq9
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session
from afterglow.visits.tests.helpers import NOW, at, live_a_period, share


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def more_of_everything(people, time_machine):
    """Ten more days of sessions, check-ins, checks, scores, steps and shared entries."""
    pat = people.pat
    for n in range(1, 11):
        moment = NOW - timedelta(days=n, hours=3)
        at(time_machine, moment)
        session = completed_session(pat, ended=moment - timedelta(hours=6))
        checkin_submit(
            session=session,
            kind="evening",
            mood=1 + n % 5,
            sleep=None,
            side_effects=["headache"],
            red_flags=[],
            note=f"note {n}",
            request=None,
        )
        daily_check_save(patient=pat, day=moment.date() - timedelta(days=20), mood=3)
        answer_phq9(pat, n)
        goal = goal_create(
            patient=pat,
            title=f"Goal {n}",
            why="",
            dimension="",
            area="",
            target_date=None,
            steps=[(f"Step {n}", None)],
            request=None,
        )
        step_toggle(step=goal.steps.get(), request=None)
        entry = write(pat, body=f"Entry {n}", title=f"Title {n}")
        entry_share(entry=entry, shared=True, request=None)
    at(time_machine, NOW)


def test_the_patients_page_costs_the_same_for_any_amount(people, time_machine):
    live_a_period(people, time_machine)
    client = sign_in(Client(), people.patient)
    few = queries(client, reverse("visits:prepare"))
    more_of_everything(people, time_machine)
    # 14: session, user, roles (2); the period (one aggregate over integration sessions), the
    # summary of this period; the six parts: sessions, scores (one query with the answer
    # before the period), check-ins, daily checks, steps with their goals, shared entries;
    # the summary shared now, if any; the header's unread notifications.
    assert queries(client, reverse("visits:prepare")) == few == 14
    assert "Title 5" in client.get(reverse("visits:prepare")).content.decode()


def test_the_care_teams_pages_cost_the_same_for_any_amount(people, time_machine):
    live_a_period(people, time_machine)
    share(people, questions="About sleep")
    client = sign_in(Client(), people.clinician)
    urls = [reverse(f"visits:{name}", args=[people.pat.pk]) for name in ("patient", "print")]
    few = [queries(client, url) for url in urls]
    more_of_everything(people, time_machine)
    share(people, questions="About sleep")
    # 18: session, user, roles (2), the patient on the care team, the audit row (savepoint,
    # chain head, insert, head update, release), the shared summary, its six parts
    # (sessions, scores, check-ins, daily checks, steps, entries), the header's unread
    # notifications. A part left out costs nothing (test_care_team_side).
    assert [queries(client, url) for url in urls] == few == [18, 18]
    page = client.get(urls[0]).content.decode()
    assert "Title 5" in page and "Step 5" in page and "note 5" in page  # the more was read
