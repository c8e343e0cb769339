"""The conversation through the API does what the page does (crisis check, audit, read
state, the clinic's switch). Who may call each endpoint: test_access.py."""

from django.test import Client

from afterglow.api.tests.conftest import bearer
from afterglow.audit.models import AuditEvent
from afterglow.conversations.models import Message
from afterglow.conversations.services import messaging_settings_update
from afterglow.safety.models import Flag

API = "/api/v1"
CRISIS = "I have been saving my pills and tonight I want to end it all"


def post(user, url, body):
    return Client().post(url, body, content_type="application/json", **bearer(user))


def test_a_patient_writes_and_the_care_team_reads_and_replies(people):
    sent = post(people.patient, f"{API}/messages", {"body": CRISIS})
    assert sent.status_code == 201
    body = sent.json()
    assert body["from_patient"] and body["language"]["level"] == "crisis"
    tell = post(people.patient, f"{API}/messages/{body['id']}/tell-care-team", {})
    assert tell.status_code == 204 and "message" in Flag.objects.get().reasons

    listed = Client().get(f"{API}/conversations", **bearer(people.clinician)).json()
    assert listed["items"][0]["unread"] == 1
    thread = (
        Client().get(f"{API}/patients/{people.pat.pk}/messages", **bearer(people.clinician)).json()
    )
    assert thread["items"][0]["body"] == CRISIS
    assert AuditEvent.objects.filter(action="conversation.read", actor=people.clinician).exists()
    listed = Client().get(f"{API}/conversations", **bearer(people.clinician)).json()
    assert listed["items"][0]["unread"] == 0


def test_bad_messages_and_messages_off(people):
    empty = post(people.patient, f"{API}/messages", {"body": ""})
    assert empty.status_code == 422 and "body" in empty.json()["errors"]
    assert post(people.patient, f"{API}/messages", {"body": "x" * 20_000}).status_code == 422
    assert post(people.patient, f"{API}/messages", {"body": "hi", "to": 1}).status_code == 422
    messaging_settings_update(clinic=people.clinic, enabled=False, office_hours="")
    off = post(people.patient, f"{API}/messages", {"body": "hello?"})
    assert off.status_code == 409 and not Message.objects.exists()
    other = post(
        people.clinician,
        f"{API}/patients/{people.other_patient.patient.pk}/messages",
        {"body": "hi"},
    )
    assert other.status_code == 404
