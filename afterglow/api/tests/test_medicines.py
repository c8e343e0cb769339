"""Medicines through the API: the list, reminder times, stopping one, the daily check."""

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.reminders.models import Medication

JSON = "application/json"


def test_add_check_and_stop(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    body = {"name": "Lamotrigine", "dose": "one tablet", "times": ["20:00", "08:00", "08:00"]}
    made = client.post(f"{API}/medicines", body, content_type=JSON, **auth)
    assert made.status_code == 201 and made.json()["times"] == ["08:00", "20:00"]
    bad = {"name": "x", "times": ["8am"]}
    assert client.post(f"{API}/medicines", bad, content_type=JSON, **auth).status_code == 422
    seven = {"name": "x", "times": [f"0{n}:00" for n in range(7)]}
    assert client.post(f"{API}/medicines", seven, content_type=JSON, **auth).status_code == 422
    checked = client.put(f"{API}/medicines/check", {"answer": "missed"}, content_type=JSON, **auth)
    assert checked.json() == {"day": "2026-03-10", "answer": "missed"}
    adherence = client.get(f"{API}/medicines/adherence", **auth).json()
    assert adherence["today"] == "missed" and adherence["counts"]["missed"] == 1
    assert adherence["unanswered"] == 13
    assert client.delete(f"{API}/medicines/{world.medicine.pk}", **auth).status_code == 204
    assert client.delete(f"{API}/medicines/{world.medicine.pk}", **auth).status_code == 404
    assert not Medication.objects.get(pk=world.medicine.pk).active
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); active medicines (1), counted in memory
    with django_assert_num_queries(4):
        listed = client.get(f"{API}/medicines", **auth).json()
    assert [m["name"] for m in listed["items"]] == ["Lamotrigine"]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"medication.add", "medication.check", "medication.stop"} <= actions
