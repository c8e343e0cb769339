"""The caseload summary stays what the records make it, whatever is written or deleted."""

import importlib
import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test.utils import CaptureQueriesContext

from afterglow.careteam import summary
from afterglow.careteam.models import CaseloadSummary
from afterglow.data.erase import erase_patient
from afterglow.journal.services import entry_create, entry_delete, entry_share
from afterglow.testing.outcomes import answer_phq9
from afterglow.testing.treatments import completed_session, evening_check_in
from afterglow.treatments.models import SessionStatus
from afterglow.treatments.services import session_update
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def stored(patient):
    return CaseloadSummary.objects.get(patient=patient)


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

    answer_phq9(pat, 14)
    time_machine.move_to(NOW + timedelta(hours=1), tick=False)
    answer_phq9(pat, 9)
    row = stored(pat)
    assert (row.phq9, row.phq9_before, row.gad7) == (9, 14, None)
    assert row.last_activity == NOW + timedelta(hours=1)

    time_machine.move_to(NOW + timedelta(hours=2), tick=False)
    evening_check_in(second, mood=3)
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
    patient_id = people.pat.pk
    people.pat.delete()  # cascades to every record of theirs, the summary last
    assert not CaseloadSummary.objects.filter(patient_id=patient_id).exists()


def test_deleting_a_session_and_its_check_ins_leaves_the_summary_true(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    kept = completed_session(people.pat, ended=NOW - timedelta(days=8))
    gone = completed_session(people.pat, ended=NOW - timedelta(days=1))
    evening_check_in(gone, mood=4)
    assert stored(people.pat).last_activity == NOW
    gone.delete()  # its check-in goes with it
    row = stored(people.pat)
    assert (row.sessions_done, row.last_done_at, row.last_activity) == (1, kept.starts_at, None)
    assert summary.drift() == []


def test_answers_given_in_the_same_instant_have_one_latest(people, time_machine):
    from afterglow.careteam.selectors import scores_of
    from afterglow.outcomes.models import Response

    time_machine.move_to(NOW, tick=False)
    for total in (4, 16, 9):  # one instant: only the tie-break orders them
        answer_phq9(people.pat, total)
    newest = Response.objects.filter(patient=people.pat).order_by("-created_at", "-id")
    latest, before = newest.values_list("total", flat=True)[:2]
    row = stored(people.pat)
    assert (row.phq9, row.phq9_before) == (latest, before)
    assert scores_of(people.pat)["phq9"].total == latest  # the patient's page says the same


def test_erasure_rebuilds_the_summary_once_from_what_the_clinic_keeps(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    pat = people.pat
    completed_session(pat, ended=NOW - timedelta(days=1))
    for total in (12, 8, 6):
        answer_phq9(pat, total)
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
        with summary.deferred():  # nested: still waits for the outermost
            completed_session(people.pat, ended=NOW - timedelta(days=4))
        assert not CaseloadSummary.objects.filter(patient=people.pat).exists()
    assert stored(people.pat).sessions_done == 4


def test_a_patient_without_a_summary_row_still_has_a_caseload_row(people, time_machine):
    from afterglow.careteam.selectors import caseload_rows
    from afterglow.treatments.models import MaintenancePlan, Protocol

    time_machine.move_to(NOW, tick=False)
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    MaintenancePlan.objects.create(patient=people.pat, protocol=protocol, start_date=NOW.date())
    CaseloadSummary.objects.all().delete()
    (row,) = [r for r in caseload_rows(people.clinician, NOW) if r.patient_id == people.pat.pk]
    assert (row.last_session, row.scores, row.last_activity) == (None, {}, None)
    assert row.due is not None and row.due.first  # nothing done yet: the first session is due


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
    answer_phq9(people.other_patient.patient, 7)
    time_machine.move_to(NOW + timedelta(days=14), tick=False)
    answer_phq9(people.other_patient.patient, 12)
    CaseloadSummary.objects.all().delete()
    migration = importlib.import_module("afterglow.careteam.migrations.0001_caseload_summary")
    state = MigrationExecutor(connection).loader.project_state(
        ("careteam", "0001_caseload_summary")
    )
    migration.fill(state.apps, None)  # as migrate runs it: the models as they were then
    assert stored(people.pat).sessions_done == 1
    olive = stored(people.other_patient.patient)
    assert (olive.phq9, olive.phq9_before, olive.last_activity) == (12, 7, NOW + timedelta(days=14))
    assert summary.drift() == []  # the migration's copy agrees with the app's definition


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not connection.features.has_select_for_update, reason="SQLite runs one writer at a time"
)
def test_two_writers_at_once_both_end_up_in_the_summary(people, time_machine):
    """The second rebuild waits for the first writer to commit, then reads its record."""
    time_machine.move_to(NOW, tick=False)
    session = completed_session(people.pat, ended=NOW - timedelta(days=1))
    rebuilt, go = threading.Event(), threading.Event()

    def first_writer():
        try:
            with transaction.atomic():
                answer_phq9(people.pat, 11)  # rebuilds the summary, then holds its transaction open
                rebuilt.set()
                go.wait(10)
        finally:
            connections.close_all()

    def second_writer():
        try:
            evening_check_in(session, mood=3)
        finally:
            connections.close_all()

    one = threading.Thread(target=first_writer)
    one.start()
    assert rebuilt.wait(10)
    two = threading.Thread(target=second_writer)
    two.start()
    two.join(0.5)  # without the lock it would rebuild now, without the first one's answer
    go.set()
    one.join(10)
    two.join(10)
    assert stored(people.pat).phq9 == 11
    assert summary.drift() == []
