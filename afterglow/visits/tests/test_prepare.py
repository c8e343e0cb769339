"""The patient prepares the summary: what it gathers, the period, saving, sharing and taking
it back (audited), the questions (encrypted, length), and a kind page when there is nothing."""

from datetime import timedelta

from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.integration.models import IntegrationSession
from afterglow.lib.limits import QUESTIONS_MAX
from afterglow.testing.people import sign_in
from afterglow.visits.models import VisitSummary
from afterglow.visits.sections import KEYS
from afterglow.visits.tests.helpers import LAST_VISIT, NOW, at, enrol, live_a_period, share

MINE = reverse("visits:prepare")


def test_it_gathers_what_happened_since_the_last_integration_session(people, time_machine):
    history = live_a_period(people, time_machine)
    IntegrationSession.objects.create(
        patient=people.pat, status="scheduled", scheduled_for=NOW + timedelta(days=3)
    )
    page = sign_in(Client(), people.patient).get(MINE).content.decode()
    assert "since your last integration session, on Tuesday, March 10" in page
    assert "Your next integration session is Monday at" in page
    assert "Fri, Mar 13, 2026: IV ketamine" in page
    # PHQ-9: 9 now, against 15 before the last visit; GAD-7: two answers in this time.
    assert "PHQ-9: 9</strong> of 27 (mild)" in page
    assert "Down 6 points from before this time began." in page
    assert "Down 2 points from the first answer in this time." in page
    # Check-ins: the evening one stood out (nausea, a note); the morning one did not.
    assert "2 check-ins after sessions, mood 2.5 of 5 on average." in page
    assert history.check_in_note in page and "mood 2/5; nausea" in page
    assert "Next-morning check-in" not in page
    assert "6 daily checks, mood 3.0 of 5 on average." in page
    assert "averaged 3.7, up from 2.3 in the earlier half" in page
    assert "Walk more" in page and "Walk to the river" in page and "Call Sam" not in page
    # Shared entries by title, never their words; private and earlier ones not at all.
    assert "River morning" in page and "An entry without a title" in page
    assert "The river at dawn" not in page and "Private thoughts" not in page
    assert "Old title" not in page
    assert not VisitSummary.objects.exists()  # looking writes nothing


def test_without_an_integration_session_it_runs_from_joining(people, time_machine):
    at(time_machine, NOW)
    enrol(people, NOW - timedelta(days=20))
    page = sign_in(Client(), people.patient).get(MINE).content.decode()
    assert "since you joined Afterglow on February 28" in page


def test_a_patient_with_nothing_yet_gets_a_kind_page(people, time_machine):
    at(time_machine, NOW)
    enrol(people, NOW - timedelta(days=2))
    response = sign_in(Client(), people.patient).get(MINE)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing here yet" in page and "that is fine" in page
    assert "No treatment sessions in this time." in page
    assert "Your questions" in page  # they can still write some


def test_saving_keeps_the_choices_and_sharing_is_audited(people, time_machine):
    history = live_a_period(people, time_machine)
    client = sign_in(Client(), people.patient)
    keep = [f"entry:{history.shared.pk}", f"step:{history.step_done.pk}"]
    saved = client.post(MINE, {"sections": ["scores", "entries"], "keep": keep})
    assert saved.status_code == 302
    summary = VisitSummary.objects.get()
    assert summary.since == LAST_VISIT and summary.began == "session"
    assert summary.sections == ["scores", "entries"] and summary.shared_at is None
    assert f"entry:{history.untitled.pk}" in summary.dropped
    assert len(summary.dropped) == 2  # the untitled entry and the evening check-in
    event = AuditEvent.objects.get(action="visit_summary.save")
    assert event.patient == people.pat and event.object_id == str(summary.pk)
    assert event.detail == {"shared": 0, "sections": 2, "dropped": 2, "questions": 0}

    client.post(MINE, {"sections": ["scores", "entries"], "keep": keep, "share": "1"})
    summary.refresh_from_db()
    assert summary.shared_at == NOW and VisitSummary.objects.count() == 1
    assert (
        AuditEvent.objects.filter(action="visit_summary.save")
        .order_by("pk")
        .last()
        .detail["shared"]
        == 1
    )
    page = client.get(MINE).content.decode()
    assert "Shared with your care team today at" in page and "Stop sharing" in page

    taken_back = client.post(reverse("visits:unshare"))
    assert taken_back.status_code == 302
    summary.refresh_from_db()
    assert summary.shared_at is None and summary.sections == ["scores", "entries"]
    assert AuditEvent.objects.filter(action="visit_summary.unshare", patient=people.pat).exists()
    assert client.post(reverse("visits:unshare")).status_code == 404  # nothing shared now


def test_an_item_left_out_before_stays_out_when_it_is_no_longer_offered(people, time_machine):
    history = live_a_period(people, time_machine)
    share(people, keep=[f"step:{history.step_done.pk}"])
    entry = f"entry:{history.shared.pk}"
    assert entry in VisitSummary.objects.get().dropped
    # Unshared, the entry is no longer offered; shared again later, it must not come back in.
    history.shared.shared_at = None
    history.shared.save(update_fields=["shared_at"])
    share(people, keep=[])
    assert entry in VisitSummary.objects.get().dropped


def test_questions_are_kept_encrypted_and_an_empty_list_is_fine(people, time_machine):
    live_a_period(people, time_machine)
    share(people, questions="")
    assert VisitSummary.objects.get().questions is None
    share(people, questions="Can we talk about sleep?\n\n  Is the dizziness normal?  ")
    summary = VisitSummary.objects.get()
    assert summary.question_list == ["Can we talk about sleep?", "Is the dizziness normal?"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT questions FROM visits_visitsummary")
        (stored,) = cursor.fetchone()
    assert "sleep" not in stored and "dizziness" not in stored
    assert (
        AuditEvent.objects.filter(action="visit_summary.save")
        .order_by("pk")
        .last()
        .detail["questions"]
        == 2
    )
    assert "dizziness" not in str(AuditEvent.objects.values_list("detail", flat=True))


def test_questions_too_long_are_refused_and_the_words_kept(people, time_machine):
    live_a_period(people, time_machine)
    words = "Why " * 5_000  # 20,000 characters
    response = sign_in(Client(), people.patient).post(
        MINE, {"sections": list(KEYS), "questions": words, "share": "1"}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert f"up to {QUESTIONS_MAX:,} characters together; these have 19,999" in page
    assert "Your words are still here" in page and words.strip() in page
    assert not VisitSummary.objects.exists()
    assert not AuditEvent.objects.filter(action="visit_summary.save").exists()


def test_a_new_integration_session_starts_a_new_summary(people, time_machine):
    live_a_period(people, time_machine)
    first = share(people, questions="About sleep")
    at(time_machine, NOW + timedelta(days=2))
    IntegrationSession.objects.create(
        patient=people.pat, status="done", scheduled_for=NOW + timedelta(days=1)
    )
    page = sign_in(Client(), people.patient).get(MINE).content.decode()
    assert "since your last integration session, on Saturday, March 21" in page
    assert "About sleep" not in page  # a fresh summary for the new period
    assert "is still shared with your care team" in page  # and the last one says so
    second = share(people, questions="About work")
    assert VisitSummary.objects.count() == 2 and second.pk != first.pk
