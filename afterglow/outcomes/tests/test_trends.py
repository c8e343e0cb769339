from datetime import UTC, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.outcomes.selectors import summaries
from afterglow.testing.outcomes import answer_phq9
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

START = datetime(2026, 1, 5, 15, tzinfo=UTC)


def history(people, time_machine, totals, first=0):
    for n, total in enumerate(totals, start=first):
        time_machine.move_to(START + timedelta(days=14 * n), tick=False)
        answer_phq9(people.pat, total)


def test_response_and_remission_markers(people, time_machine):
    history(people, time_machine, [18, 12, 9])
    phq = summaries(people.pat)[0]
    assert phq.change == -9 and phq.response_reached and not phq.remission
    history(people, time_machine, [4], first=3)
    phq = summaries(people.pat)[0]
    assert phq.remission and phq.trend == "down"


def test_the_trend_page_shows_a_chart_with_bands_and_sessions(people, time_machine):
    history(people, time_machine, [18, 12, 9])
    completed_session(people.pat, ended=START + timedelta(days=7))
    page = sign_in(Client(), people.patient).get(reverse("outcomes:home")).content.decode()
    assert "<svg" in page and "Moderately severe" in page and "stroke-dasharray" in page
    assert "Response: down by half or more" in page
    assert "style=" not in page.split("<svg", 1)[1].split("</svg>", 1)[0]


def count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_trend_pages_cost_the_same_queries_for_any_history(people, time_machine):
    history(people, time_machine, [18])
    patient = sign_in(Client(), people.patient)
    clinician = sign_in(Client(), people.clinician)
    own = reverse("outcomes:home")
    theirs = reverse("outcomes:patient", args=[people.pat.pk])
    before = (count(patient, own), count(clinician, theirs))
    history(people, time_machine, [15, 12, 10, 8, 7, 6], first=1)
    patient, clinician = sign_in(Client(), people.patient), sign_in(Client(), people.clinician)
    # patient: session, user, roles (2), responses, session days, due (each questionnaire's
    # last answer, the last and next session in one aggregate, rule); clinician: session,
    # user, roles (2), patient + audit (5), responses, sessions
    assert (
        (count(patient, own), count(clinician, theirs)) == before == (10, 13)
    )  # with the unread count in the header
