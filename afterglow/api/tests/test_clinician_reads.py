"""What the care team reads through the API, as on its pages: each read of a patient is
audited, a refusal too, and every list costs the same whatever its length."""

from datetime import timedelta

from afterglow.api.tests.conftest import API, NOW, bearer, nonce
from afterglow.audit.models import AuditEvent
from afterglow.outcomes.services import response_submit
from afterglow.testing.journal import write
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take


def audited(action, patient, outcome="success"):
    return AuditEvent.objects.filter(action=action, patient=patient, outcome=outcome).exists()


def test_the_caseload_filters_and_sorts_as_the_page(
    client, people, world, django_assert_num_queries
):
    auth = bearer(people.clinician)
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); protocol steps, open flags, patients with their
    # summaries (3); the audit row: chain head, event, head update, in a savepoint (5)
    with django_assert_num_queries(11):
        rows = client.get(f"{API}/caseload", **auth).json()["items"]
    assert rows[0]["name"] == "Pat Patient" and rows[0]["flags"][0]["severity"] == "safety"
    assert AuditEvent.objects.filter(action="caseload.view", actor=people.clinician).exists()
    assert client.get(f"{API}/caseload?q=nobody", **auth).json()["count"] == 0
    assert client.get(f"{API}/caseload?flags=none", **auth).json()["count"] == 0
    assert client.get(f"{API}/caseload?sort=phq9&modality=iv", **auth).json()["count"] == 1
    assert client.get(f"{API}/caseload?sort=shoe-size", **auth).status_code == 422


def test_a_patients_page(client, people, world, django_assert_num_queries):
    auth = bearer(people.clinician)
    response_submit(
        patient=people.pat,
        instrument="phq9",
        answers=[2] * 9,
        difficulty=None,
        nonce=nonce(),
        request=None,
    )
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); the patient (1), its audit row (5); scores from
    # the caseload summary (1); plan, its steps, completed sessions, next booking (4);
    # sessions (1); open flags (1); shared and marked entries (2); medicines and the
    # fortnight's checks (2); the care team (1); check-ins (1)
    with django_assert_num_queries(22):
        page = client.get(f"{API}/patients/{people.pat.pk}", **auth).json()
    assert page["care_team"] == [{"id": people.clinician.pk, "full_name": "Cara Clinician"}]
    assert page["plan"]["protocol"] and len(page["sessions"]) == 3
    spravato = next(s for s in page["sessions"] if s["id"] == str(world.spravato.pk))
    assert spravato["rems_record_done"] is True
    assert page["flags"][0]["kind"] == "checkin_red_flag"
    assert page["phq9"] == {"total": 18, "band": "moderately_severe", "trend": ""}
    assert page["shared_entries"] == 1 and page["medicines"][0]["name"] == "Sertraline"
    assert audited("patient.view", people.pat)
    refused = client.get(f"{API}/patients/{people.other_patient.patient.pk}", **auth)
    assert refused.status_code == 404
    assert audited("patient.view", None, "denied")


def test_the_timeline_shows_what_is_asked(client, people, world, django_assert_num_queries):
    auth = bearer(people.clinician)
    url = f"{API}/patients/{people.pat.pk}/timeline"
    every = client.get(url, **auth).json()
    assert {i["kind"] for i in every["items"]} >= {"sessions", "checkins", "journal", "flags"}
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); the patient (1), its audit row (5); treatments (1)
    with django_assert_num_queries(10):
        only = client.get(f"{url}?show=sessions", **auth).json()
    assert {i["kind"] for i in only["items"]} == {"sessions"}


def test_shared_entries_each_view_audited(client, people, world, django_assert_num_queries):
    auth = bearer(people.clinician)
    write(people.pat, body="Private, not shared")
    base = f"{API}/patients/{people.pat.pk}/journal"
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); the patient (1), its audit row (5); count, page (2)
    with django_assert_num_queries(11):
        listed = client.get(base, **auth).json()
    assert [e["id"] for e in listed["items"]] == [str(world.entry.pk)]
    assert audited("journal.list", people.pat)
    one = client.get(f"{base}/{world.entry.pk}", **auth)
    assert one.json()["body"] == "Walking by the river today"
    assert audited("journal.view", people.pat)
    world.entry.shared_at = None
    world.entry.save()
    assert client.get(f"{base}/{world.entry.pk}", **auth).status_code == 404
    assert audited("journal.view", people.pat, "denied")


def test_questionnaires_circle_and_integration(
    client, people, world, django_assert_num_queries, time_machine
):
    auth = bearer(people.clinician)
    pat = people.pat
    for day, total in enumerate((2, 1)):
        time_machine.move_to(NOW + timedelta(days=day), tick=False)
        response_submit(
            patient=pat,
            instrument="gad7",
            answers=[total] * 7,
            difficulty=None,
            nonce=nonce(),
            request=None,
        )
    assessment_take(patient=pat, scores=dict.fromkeys(DIMENSION_KEYS, 4), notes={}, request=None)
    base = f"{API}/patients/{pat.pk}"
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); the patient (1), its audit row (5); count, page (2)
    with django_assert_num_queries(11):
        history = client.get(f"{base}/questionnaires", **auth).json()
    assert [r["total"] for r in history["items"]] == [7, 14]
    gad7 = client.get(f"{base}/questionnaires/trends", **auth).json()[1]
    assert gad7["instrument"] == "gad7" and gad7["response"] is True
    assert audited("outcomes.view", pat)
    # the token and the caller's roles (3); the patient (1), its audit row (5); assessments (1)
    with django_assert_num_queries(10):
        circle = client.get(f"{base}/circle", **auth).json()
    assert circle["items"][0]["scores"]["social"] == 4 and audited("wellbeing.view", pat)
    view = client.get(f"{base}/integration", **auth).json()
    assert view["goals"][0]["title"] == "Sleep earlier"
    assert view["sessions"][0]["id"] == str(world.integration.pk)
    assert audited("integration.view", pat)


def test_treatments_and_protocols_are_listed(client, people, world, django_assert_num_queries):
    auth = bearer(people.clinician)
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); the patient (1), its audit row (5); treatments
    # with their REMS state (1), counted in memory
    with django_assert_num_queries(10):
        listed = client.get(f"{API}/patients/{people.pat.pk}/treatments", **auth).json()
    assert listed["count"] == 3 and audited("treatment.list", people.pat)
    # the token and the caller's roles (3); count, protocols, their steps (3)
    with django_assert_num_queries(6):
        protocols = client.get(f"{API}/protocols", **auth).json()
    assert protocols["count"] >= 2 and protocols["items"][0]["steps"]
