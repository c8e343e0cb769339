"""The care team's side: only a shared summary, only what the patient put in, entries only
while shared, nothing added after the patient shared it; the print view; the links to it."""

from datetime import timedelta
from pathlib import Path

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.journal.services import entry_share
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.visits.tests.helpers import NOW, at, enrol, live_a_period, share


def read(people, name="patient"):
    url = reverse(f"visits:{name}", args=[people.pat.pk])
    response = sign_in(Client(), people.clinician).get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_what_the_patient_leaves_out_never_reaches_the_care_team(people, time_machine):
    history = live_a_period(people, time_machine)
    everything_but_the_daily_check = ["sessions", "scores", "check_ins", "goals", "entries"]
    share(
        people,
        sections=everything_but_the_daily_check + ["questions"],
        keep=[f"entry:{history.untitled.pk}", f"step:{history.step_done.pk}"],
        questions="Is the nausea normal?",
    )
    cara = sign_in(Client(), people.clinician)
    for name in ("patient", "print"):
        with CaptureQueriesContext(connection) as ctx:
            page = cara.get(reverse(f"visits:{name}", args=[people.pat.pk])).content.decode()
        assert "An entry without a title" in page and "Walk to the river" in page
        assert "Is the nausea normal?" in page and "PHQ-9: 9" in page
        # Left out one by one: the shared entry's title and the evening check-in.
        assert "River morning" not in page and history.check_in_note not in page
        # Left out as a part: not shown, and not even read.
        assert "Daily check" not in page and "daily checks" not in page
        assert not any("outcomes_dailycheck" in q["sql"] for q in ctx.captured_queries)
        # Never offered: private entries, entries from before, entry bodies.
        assert "Private thoughts" not in page and "Old title" not in page
        assert "No title on this one" not in page


def test_questions_left_out_stay_with_the_patient(people, time_machine):
    live_a_period(people, time_machine)
    share(people, sections=["scores"], questions="Something I'm not ready to ask")
    page = read(people)
    assert "not ready to ask" not in page and "The patient&#x27;s questions" not in page


def test_an_entry_unshared_later_leaves_the_summary(people, time_machine):
    history = live_a_period(people, time_machine)
    share(people)
    assert "River morning" in read(people)
    entry_share(entry=history.shared, shared=False, request=None)
    assert "River morning" not in read(people)


def test_what_comes_after_sharing_waits_for_the_patient(people, time_machine):
    live_a_period(people, time_machine)
    share(people)
    at(time_machine, NOW + timedelta(hours=2))
    later = write(people.pat, body="After I shared", title="Evening swim")
    entry_share(entry=later, shared=True, request=None)
    assert "Evening swim" not in read(people)  # the patient never saw it offered
    share(people)  # they look again and share what is there now
    assert "Evening swim" in read(people)


def test_before_the_patient_shares_the_care_team_reads_nothing(people, time_machine):
    history = live_a_period(people, time_machine)
    client = sign_in(Client(), people.patient)
    client.post(reverse("visits:prepare"), {"sections": ["entries"], "questions": "A draft"})
    for name in ("patient", "print"):
        page = read(people, name)
        assert "has not shared a summary for the next visit" in page
        assert "A draft" not in page and history.shared.title not in page
    share(people)
    client.post(reverse("visits:unshare"))
    assert "has not shared a summary" in read(people)


def test_a_summary_with_nothing_in_it_says_so_kindly(people, time_machine):
    at(time_machine, NOW)
    enrol(people, NOW - timedelta(days=1))
    share(people)
    assert "Nothing to sum up yet" in read(people)
    share(people, sections=[])
    assert "with every part left out" in read(people, "print")


def test_the_print_view_is_a_plain_page_to_print(people, time_machine):
    live_a_period(people, time_machine)
    people.pat.date_of_birth = NOW.date().replace(year=1980)
    people.pat.save()
    share(people, questions="About sleep")
    page = read(people, "print")
    assert '<main id="main" tabindex="-1" class="printable">' in page
    assert "data-print" in page and 'class="no-print"' in page
    assert "Pat Patient" in page and "born Mar 20, 1980" in page and "Cedar Clinic" in page
    assert "Printed</dt><dd>Mar 20, 2026, 10:00 AM, Cara Clinician" in page
    # Nothing to edit or click away to: no tick boxes, no links to entries.
    assert 'type="checkbox"' not in page and "/journal/patients/" not in page
    assert "From the last integration session (Mar 10, 2026) to Mar 20, 2026." in page
    css = (Path(__file__).parents[2] / "static/afterglow/css/site.css").read_text()
    assert ".printable .card" in css.split("@media print")[-1]  # printed without the cards
    # The care team's screen page links to each shared entry (each opening audited there).
    assert "/journal/patients/" in read(people)


def test_the_patient_page_and_the_integration_note_link_to_it(people, time_machine):
    live_a_period(people, time_machine)
    cara = sign_in(Client(), people.clinician)
    target = reverse("visits:patient", args=[people.pat.pk])
    assert target in cara.get(reverse("careteam:patient", args=[people.pat.pk])).content.decode()
    session = people.pat.integration_sessions.get()
    note = reverse("integration:note", args=[people.pat.pk, session.pk])
    assert target in cara.get(note).content.decode()
    pat = sign_in(Client(), people.patient)
    assert reverse("visits:prepare") in pat.get(reverse("integration:roadmap")).content.decode()
