from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.testing.people import make_user, sign_in


def add_patients(people, n):
    for i in range(n):
        user = make_user(f"p{i}@example.com", f"Patient {i}")
        patient = Patient.objects.create(user=user, clinic=people.clinic)
        CareTeamMember.objects.create(patient=patient, clinician=people.clinician)


def caseload_queries(client):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/caseload/").status_code == 200
    return len(ctx.captured_queries)


def test_the_caseload_costs_the_same_queries_for_any_number_of_patients(people):
    client = sign_in(Client(), people.clinician)
    add_patients(people, 2)
    few = caseload_queries(client)
    add_patients_more = 20
    for i in range(add_patients_more):
        user = make_user(f"q{i}@example.com", f"More {i}")
        patient = Patient.objects.create(user=user, clinic=people.clinic)
        CareTeamMember.objects.create(patient=patient, clinician=people.clinician)
    # session, user, roles (patient + memberships), caseload, care teams (prefetch),
    # audit (chain head lock/insert/update), session save
    assert caseload_queries(client) == few
    assert few <= 14
