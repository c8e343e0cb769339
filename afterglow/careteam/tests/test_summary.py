"""The caseload summary stays what the records make it, whatever is written or deleted."""

import importlib
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from afterglow.aftercare.services import checkin_submit
from afterglow.careteam import summary
from afterglow.careteam.models import CaseloadSummary
from afterglow.data.erase import erase_patient
from afterglow.journal.services import entry_create, entry_delete, entry_share
from afterglow.outcomes.services import response_submit
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import SessionStatus
from afterglow.treatments.services import session_update
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def stored(patient):
    return CaseloadSummary.objects.get(patient=patient)


def phq9(patient, total):
    answers = [min(3, max(0, total - 3 * i)) for i in range(9)]
    answers[8] = 0
    response_submit(
        patient=patient,
        instrument="phq9",
        answers=answers,
        difficulty=None,
        nonce=uuid.uuid4(),
        request=None,
    )


def test_every_kind_of_write_keeps_the_summary_true(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    pat = people.pat
    first = completed_session(pat, ended=NOW - timedelta(days=9))
    second = completed_session(pat, ended=NOW - timedelta(days=2))
    row = stored(pat)
    assert (row.sessions_done, row.first_done_at, row.last_done_at) == (
        2,
        first.starts_at,
        second.starts_at,
    )
    assert row.last_activity is None  # sessions are the clinic's doing, not the patient's

    phq9(pat, 14)
    time_machine.move_to(NOW + timedelta(hours=1), tick=False)
    phq9(pat, 9)
    row = stored(pat)
    assert (row.phq9, row.phq9_before, row.gad7) == (9, 14, None)
    assert row.last_activity == NOW + timedelta(hours=1)

    time_machine.move_to(NOW + timedelta(hours=2), tick=False)
    checkin_submit(
        session=second,
        kind="evening",
        mood=3,
        sleep=None,
        side_effects=[],
        red_flags=[],
        note="",
        request=None,
    )
    assert stored(pat).last_activity == NOW + timedelta(hours=2)

    time_machine.move_to(NOW + timedelta(hours=3), tick=False)
    assessment_take(patient=pat, scores=dict.fromkeys(DIMENSION_KEYS, 5), notes={}, request=None)
    assert stored(pat).last_activity == NOW + timedelta(hours=3)

    session_update(session=second, by=people.clinician, request=None, status=SessionStatus.MISSED)
    assert stored(pat).sessions_done == 1
    assert stored(pat).last_done_at == first.starts_at
    assert summary.drift() == []


def test_private_writing_is_not_activity_and_unsharing_takes_it_back(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    pat = people.pat
    entry = entry_create(patient=pat, request=None, body="Only for me.")
    assert not CaseloadSummary.objects.filter(patient=pat, last_activity__isnull=False).exists()

    time_machine.move_to(NOW + timedelta(hours=1), tick=False)
    entry_share(entry=entry, shared=True, request=None)
    assert stored(pat).last_activity == NOW + timedelta(hours=1)

    entry_share(entry=entry, shared=False, request=None)
    assert stored(pat).last_activity is None

    entry_share(entry=entry, shared=True, request=None)
    entry_delete(entry=entry, request=None)
    assert stored(pat).last_activity is None
    assert summary.drift() == []


def test_a_private_entry_costs_no_rebuild(people):
    with CaptureQueriesContext(connection) as ctx:
        entry_create(patient=people.pat, request=None, body="Quiet morning.")
    assert not any("careteam_caseloadsummary" in q["sql"] for q in ctx.captured_queries)


def test_deleting_a_patient_takes_the_summary_with_it(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    for days in (1, 4):  # written straight to the database: no audit row holds the patient
        completed_session(people.pat, ended=NOW - timedelta(days=days))
    assert CaseloadSummary.objects.filter(patient=people.pat).exists()
    people.pat.delete()  # cascades to every record of theirs, the summary last
    assert summary.drift() == []
    assert not CaseloadSummary.objects.filter(patient_id=people.pat.pk).exists()


def test_erasure_rebuilds_the_summary_once_from_what_the_clinic_keeps(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    pat = people.pat
    completed_session(pat, ended=NOW - timedelta(days=1))
    for total in (12, 8, 6):
        phq9(pat, total)
    entry = entry_create(patient=pat, request=None, body="For my therapist.")
    entry_share(entry=entry, shared=True, request=None)
    with CaptureQueriesContext(connection) as ctx:
        erase_patient(patient=pat, by=people.patient, request=None)
    upserts = [q for q in ctx.captured_queries if 'INTO "careteam_caseloadsummary"' in q["sql"]]
    assert len(upserts) == 1
    row = stored(pat)
    assert row.sessions_done == 1  # the clinic's record of the session stays
    assert (row.phq9, row.last_activity) == (None, None)  # their answers and words are gone
    assert summary.drift() == []


def test_deferred_rebuilds_each_patient_once_at_the_end(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    with summary.deferred():
        for days in (1, 2, 3):
            completed_session(people.pat, ended=NOW - timedelta(days=days))
        assert not CaseloadSummary.objects.filter(patient=people.pat).exists()
    assert stored(people.pat).sessions_done == 3


def test_the_command_finds_and_mends_a_stale_summary(people, time_machine, capsys):
    time_machine.move_to(NOW, tick=False)
    completed_session(people.pat, ended=NOW - timedelta(days=1))
    call_command("refresh_caseload", "--check")
    CaseloadSummary.objects.filter(patient=people.pat).update(sessions_done=40)
    with pytest.raises(CommandError, match="1 caseload summary"):
        call_command("refresh_caseload", "--check")
    call_command("refresh_caseload")
    assert stored(people.pat).sessions_done == 1
    call_command("refresh_caseload")  # idempotent
    call_command("refresh_caseload", "--check")
    assert "up to date" in capsys.readouterr().out


def test_the_migration_fills_summaries_for_existing_patients(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    completed_session(people.pat, ended=NOW - timedelta(days=1))
    phq9(people.other_patient.patient, 7)
    CaseloadSummary.objects.all().delete()
    migration = importlib.import_module("afterglow.careteam.migrations.0001_caseload_summary")
    migration.fill(apps, None)  # as the migration runs it, with the historical models
    assert stored(people.pat).sessions_done == 1
    assert stored(people.other_patient.patient).phq9 == 7
    assert summary.drift() == []
