"""The outcomes page: a questionnaire can be taken whenever the patient likes, and a chart
says only what it draws (one score, one date; sessions in the legend only when drawn)."""

from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.testing.outcomes import answer, answer_phq9
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 11, 25, 15, tzinfo=UTC)


def home(people):
    return sign_in(Client(), people.patient).get(reverse("outcomes:home")).content.decode()


def svg_of(page, code):
    start = page.index(f'aria-labelledby="chart-{code}-title"')
    return page[start : page.index("</svg>", start)]


def test_a_questionnaire_not_due_can_be_taken_now(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    answer_phq9(people.pat, 12)
    answer(people.pat, "gad7", [1, 1, 1, 1, 1, 1, 1])
    page = home(people)
    assert "Ready for you now" not in page  # both answered today: neither is due
    assert 'href="/outcomes/phq9/">Take the PHQ-9 now</a>' in page
    assert 'href="/outcomes/gad7/">Take the GAD-7 now</a>' in page


def test_a_questionnaire_that_is_due_is_offered_once(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    page = home(people)  # no baseline: both due
    assert "Ready for you now" in page and "Take the PHQ-9 now" not in page


def test_one_score_gives_one_date_and_no_session_legend(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    answer_phq9(people.pat, 12)
    svg = svg_of(home(people), "phq9")
    assert svg.count("Nov 25</text>") == 1  # not "Nov 25 … Nov 25"
    assert "<polyline" not in svg  # a line needs two scores
    page = home(people)
    assert "a treatment session" not in page  # nothing dashed is drawn, so none is named


def test_band_names_are_a_legend_not_text_over_the_scores(people, time_machine):
    for n, total in enumerate([18, 12, 9]):
        time_machine.move_to(NOW - timedelta(days=28 - 14 * n), tick=False)
        answer_phq9(people.pat, total)
    completed_session(people.pat, ended=NOW - timedelta(days=20))
    page = home(people)
    svg = svg_of(page, "phq9")
    assert "Moderately severe" not in svg and "stroke-dasharray" in svg
    legend = page[page.index('class="chart-legend"') :]
    assert "15–19 moderately severe" in legend and "a treatment session" in legend
