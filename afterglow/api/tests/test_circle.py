"""The Happiness Circle through the API: take it, see it, focus, the clinic's guides."""

from datetime import timedelta

from afterglow.api.tests.conftest import API, NOW, bearer
from afterglow.audit.models import AuditEvent
from afterglow.wellbeing.models import DIMENSION_KEYS

JSON = "application/json"


def test_take_the_circle_with_notes(client, people, world):
    auth = bearer(people.patient)
    scores = dict.fromkeys(DIMENSION_KEYS, 5)
    body = {"scores": scores, "notes": {"social": "Saw Sam"}}
    made = client.post(f"{API}/circle", body, content_type=JSON, **auth)
    assert made.status_code == 201 and made.json()["notes"] == {"social": "Saw Sam"}
    assert AuditEvent.objects.filter(action="wellbeing.assess", patient=people.pat).exists()
    high = client.post(
        f"{API}/circle", {"scores": {**scores, "social": 11}}, content_type=JSON, **auth
    )
    assert high.status_code == 422
    missing = {k: v for k, v in scores.items() if k != "social"}
    assert (
        client.post(f"{API}/circle", {"scores": missing}, content_type=JSON, **auth).status_code
        == 422
    )
    clinician = client.get(f"{API}/patients/{people.pat.pk}/circle", **bearer(people.clinician))
    assert "notes" not in clinician.json()["items"][0]  # their notes stay theirs


def test_focus_and_guides(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    url = f"{API}/circle/focus"
    chosen = client.put(url, {"dimensions": ["social", "physical"]}, content_type=JSON, **auth)
    assert chosen.json() == {"dimensions": ["social", "physical"]}
    assert client.get(url, **auth).json() == {"dimensions": ["social", "physical"]}
    four = {"dimensions": ["social", "physical", "mental", "spiritual"]}
    assert client.put(url, four, content_type=JSON, **auth).status_code == 422
    assert AuditEvent.objects.filter(action="wellbeing.focus").count() == 1
    # the token and the caller's roles (3); the clinic's guides (1), counted in memory
    with django_assert_num_queries(4):
        guides = client.get(f"{API}/circle/guides", **auth).json()
    assert guides["count"] == 8 and guides["items"][0]["practices"]


def test_the_circle_over_time(client, people, world, django_assert_num_queries, time_machine):
    auth = bearer(people.patient)
    for day, score in enumerate((3, 6)):
        time_machine.move_to(NOW + timedelta(days=day), tick=False)
        body = {"scores": dict.fromkeys(DIMENSION_KEYS, score)}
        client.post(f"{API}/circle", body, content_type=JSON, **auth)
    # the token and the caller's roles (3); assessments (1), counted in memory
    with django_assert_num_queries(4):
        found = client.get(f"{API}/circle", **auth).json()
    assert [a["scores"]["social"] for a in found["items"]] == [6, 3]
