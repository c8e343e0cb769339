from datetime import UTC, date, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterglow.careteam.selectors import caseload_rows
from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.people import make_user, sign_in
from afterglow.testing.treatments import completed_session, scheduled_session
from afterglow.treatments.models import MaintenancePlan, Protocol
from afterglow.treatments.selectors import plan_status

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
    # session, user, roles (patient, memberships), protocol steps, open flags, the patients
    # with everything their rows show, and the audit row (savepoint, chain head, insert,
    # head update, release).
    assert caseload_queries(client) == few == 13  # + the unread count in the header


def test_sessions_from_before_a_changed_plan_cost_one_query_and_do_not_count(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.clinician)
    add_patients(people, "a", 3)
    for patient in Patient.objects.filter(user__email__startswith="a")[:2]:
        # Six sessions in February under an earlier plan: the new one (from March 1) has one.
        for day in range(1, 12, 2):
            completed_session(patient, ended=datetime(2026, 2, day, 17, tzinfo=UTC))
    assert caseload_queries(client) == 14
    rows = caseload_rows(people.clinician, NOW)
    planned = [row for row in rows if row.name.startswith("Patient a")]
    assert len(planned) == 3
    for row in planned:
        patient = Patient.objects.get(pk=row.patient_id)
        status = plan_status(patient, NOW)
        assert status is not None and row.due == status.due  # the patient page agrees
        assert (
            row.last_session
            == patient.treatment_sessions.filter(status="completed").latest("starts_at").starts_at
        )


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


def test_names_and_labels_are_escaped_in_the_rows(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    people.pat.user.full_name = '<b onmouseover="x()">Pat</b>'
    people.pat.user.save()
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert '<b onmouseover="x()">' not in page
    assert "&lt;b onmouseover=&quot;x()&quot;&gt;Pat&lt;/b&gt;" in page
