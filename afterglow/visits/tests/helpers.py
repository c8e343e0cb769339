"""Helpers for tests of the summary for the next visit: Pat's weeks around an integration
session, and sharing the summary as the page would."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.test import Client
from django.urls import reverse

from afterglow.aftercare.services import checkin_submit
from afterglow.clinics.models import Patient
from afterglow.integration.models import IntegrationSession
from afterglow.integration.services import goal_create, step_toggle
from afterglow.journal.models import Entry
from afterglow.journal.services import entry_share
from afterglow.outcomes.models import DailyCheck
from afterglow.outcomes.services import daily_check_save
from afterglow.testing.journal import write
from afterglow.testing.outcomes import answer, answer_phq9
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session
from afterglow.visits.models import VisitSummary
from afterglow.visits.sections import KEYS

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)  # a Friday, 10 AM in Chicago
LAST_VISIT = NOW - timedelta(days=10)


@dataclass
class History:
    shared: Entry  # "River morning", shared, written after the last visit
    untitled: Entry  # shared, no title
    private: Entry  # never shared
    old: Entry  # shared, written before the last visit
    check_in_note: str
    step_done: Any
    step_open: Any


def share(people: Any, *, questions: str = "", **fields: Any) -> VisitSummary:
    """Pat shares their summary, everything in (or as ``fields`` say), as the page would."""
    client = sign_in(Client(), people.patient)
    page = client.get(reverse("visits:prepare"))
    offered = page.context["content"].item_keys if page.context else []
    data = {"sections": list(KEYS), "keep": offered, "questions": questions, "share": "1"}
    response = client.post(reverse("visits:prepare"), data | fields)
    assert response.status_code == 302, response.content.decode()[:2000]
    return VisitSummary.objects.filter(patient=people.pat).order_by("-since").first()


def enrol(people: Any, moment: datetime) -> None:
    """Pat joined at ``moment`` (the fixture made them at the machine's real time)."""
    Patient.objects.filter(pk=people.pat.pk).update(created_at=moment)
    people.pat.created_at = moment


def at(time_machine: Any, moment: datetime) -> None:
    time_machine.move_to(moment, tick=False)


def live_a_period(people: Any, time_machine: Any) -> History:
    """Before the last integration session (ten days ago): a PHQ-9 of 15, a shared entry, a
    daily check. Since: a treatment with two check-ins, a PHQ-9 of 9 and two GAD-7s, six
    daily checks rising, a step done, entries shared and private. Ends at ``NOW``."""
    pat = people.pat
    enrol(people, NOW - timedelta(days=40))
    at(time_machine, LAST_VISIT - timedelta(days=2))
    answer_phq9(pat, 15)
    old = write(pat, body="Before the visit", title="Old title")
    entry_share(entry=old, shared=True, request=None)
    daily_check_save(patient=pat, day=(LAST_VISIT - timedelta(days=2)).date(), mood=1)
    IntegrationSession.objects.create(
        patient=pat, status="done", scheduled_for=LAST_VISIT, note_written_at=LAST_VISIT
    )

    session = completed_session(pat, ended=NOW - timedelta(days=7), modality="iv")
    at(time_machine, NOW - timedelta(days=7) + timedelta(hours=5))
    note = "The colours stayed with me all evening"
    checkin_submit(
        session=session,
        kind="evening",
        mood=2,
        sleep=None,
        side_effects=["nausea"],
        red_flags=[],
        note=note,
        request=None,
    )
    at(time_machine, NOW - timedelta(days=6))
    checkin_submit(
        session=session,
        kind="morning",
        mood=3,
        sleep=3,
        side_effects=[],
        red_flags=[],
        note="",
        request=None,
    )
    for n, mood in enumerate((2, 2, 3, 3, 4, 4)):
        at(time_machine, NOW - timedelta(days=6 - n))
        daily_check_save(patient=pat, day=(NOW - timedelta(days=6 - n)).date(), mood=mood)
    at(time_machine, NOW - timedelta(days=5))
    answer_phq9(pat, 9)
    answer(pat, "gad7", [2, 2, 1, 1, 1, 1, 0])
    answer(pat, "gad7", [1, 1, 1, 1, 1, 1, 0])
    goal = goal_create(
        patient=pat,
        title="Walk more",
        why="",
        dimension="",
        area="",
        target_date=None,
        steps=[("Walk to the river", None), ("Call Sam", None)],
        request=None,
    )
    steps = {step.title: step for step in goal.steps.all()}
    done, still = steps["Walk to the river"], steps["Call Sam"]
    at(time_machine, NOW - timedelta(days=3))
    step_toggle(step=done, request=None)
    shared = write(pat, body="The river at dawn", title="River morning")
    entry_share(entry=shared, shared=True, request=None)
    untitled = write(pat, body="No title on this one")
    entry_share(entry=untitled, shared=True, request=None)
    private = write(pat, body="Only mine", title="Private thoughts")
    at(time_machine, NOW)
    assert DailyCheck.objects.filter(patient=pat).count() == 7
    return History(shared, untitled, private, old, note, done, still)
