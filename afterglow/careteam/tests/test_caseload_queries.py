from datetime import UTC, date, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.people import make_user, sign_in
from afterglow.testing.treatments import completed_session, scheduled_session
from afterglow.treatments.models import MaintenancePlan, Protocol

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def add_patients(people, prefix, n):
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    for i in range(n):
        user = make_user(f"{prefix}{i}@example.com", f"Patient {prefix}{i}")
        patient = Patient.objects.create(user=user, clinic=people.clinic)
        CareTeamMember.objects.create(patient=patient, clinician=people.clinician)
        MaintenancePlan.objects.create(
            patient=patient, protocol=protocol, start_date=date(2026, 3, 1)
        )
        session = completed_session(patient, ended=NOW - timedelta(days=3), modality="iv")
        scheduled_session(patient, starts=NOW + timedelta(days=2), modality="iv")
        flag_raise(
            patient=patient,
            kind=FlagKind.CHECKIN_RED_FLAG,
            severity="attention",
            reasons=["confusion"],
            source=session,
        )


def caseload_queries(client):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/caseload/").status_code == 200
    return len(ctx.captured_queries)


def test_the_caseload_costs_the_same_queries_for_any_number_of_patients(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.clinician)
    add_patients(people, "a", 2)
    few = caseload_queries(client)
    add_patients(people, "b", 20)
    # session, user, roles (patient, memberships), patients with plans,
    # protocol steps, open flags, completed session days, booked sessions, questionnaire
    # scores, last activity (entries, check-ins, questionnaires, circles), newly shared
    # entries, missed check-ins, and the audit row (savepoint, chain head, insert, head
    # update, release).
    assert caseload_queries(client) == few == 21


def test_a_patient_with_a_safety_flag_comes_first(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    add_patients(people, "a", 3)  # each with an attention flag
    session = completed_session(people.pat, ended=NOW - timedelta(hours=20))
    flag_raise(
        patient=people.pat,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["self_harm"],
        source=session,
    )
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    body = page[page.index("<tbody>") :]
    assert body.index("Pat Patient") < body.index("Patient a0")
    assert "Safety: Thoughts of self-harm" in body
