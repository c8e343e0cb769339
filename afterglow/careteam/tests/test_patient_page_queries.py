"""The clinician's page of one patient costs the same queries however long their history."""

from datetime import UTC, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Entry
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def page_queries(client, patient):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(f"/caseload/{patient.pk}/").status_code == 200
    return len(ctx.captured_queries)


def test_the_patient_page_costs_the_same_queries_for_any_history(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.clinician)
    completed_session(people.pat, ended=NOW - timedelta(days=40))
    few = page_queries(client, people.pat)
    for day in range(1, 30, 3):
        completed_session(people.pat, ended=NOW - timedelta(days=day))
        entry = write(people.pat, body=f"Day {day}")
        Entry.objects.filter(pk=entry.pk).update(shared_at=NOW, for_next_session=day < 10)
    # 36: session, user, roles (2), the patient on the care team, the audit row (begin,
    # chain head, insert, head update, commit), then the page's reads: plan status (plan,
    # protocol steps, sessions), sessions, open flags, shared entries (one aggregate: how many,
    # how many for the next session; was two counts), scores, the latest screening, the
    # timeline (one capped query per kind), the outcome chart, medicines and their checks,
    # the unread count, the care team, the shared intentions and voice notes (one each, and
    # one more for the timeline's voice kind). Constant whatever the history's size.
    assert page_queries(client, people.pat) == few == 36
    assert AuditEvent.objects.filter(action="patient.view").count() == 2
