"""Each endpoint: who may call it (every role), and that it does what the page does."""

import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from afterglow.api.tests.conftest import bearer
from afterglow.integration.models import Goal, Step
from afterglow.outcomes.models import Response
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import Notification
from afterglow.safety.models import Flag
from afterglow.safety.services import flag_raise
from afterglow.testing.journal import write
from afterglow.testing.people import ROLES
from afterglow.testing.treatments import completed_session
from afterglow.wellbeing.models import DIMENSION_KEYS

API = "/api/v1"


def call(people, role, method, url, body=None):
    user = people.user(role)
    headers = bearer(user) if user is not None else {}
    client = Client()
    if method == "get":
        return client.get(url, **headers)
    return client.post(url, body or {}, content_type="application/json", **headers)


def statuses(people, method, url, body=None):
    return {role: call(people, role, method, url, body).status_code for role in ROLES}


def expect(people, method, url, allowed, body=None, others=404):
    want = {role: allowed.get(role, others) for role in ROLES}
    want["anonymous"] = 401
    assert statuses(people, method, url, body) == want, url


@pytest.fixture
def world(people):
    now = timezone.now()
    entry = write(people.pat, body="Walking by the river today")
    session = completed_session(people.pat, ended=now - timedelta(hours=3))
    goal = Goal.objects.create(patient=people.pat, title="Sleep earlier")
    step = Step.objects.create(goal=goal, title="Phone away at ten")
    flag = flag_raise(
        patient=people.pat,
        kind="checkin_red_flag",
        severity="safety",
        reasons=["self_harm"],
        source=session,
    )
    item = Item("homework", "k", now, "Something to try", "/today/")
    create(people.patient, item, shown=True, dropped=False, email=False)
    notification = Notification.objects.get(user=people.patient)
    return {
        "entry": entry,
        "session": session,
        "step": step,
        "flag": flag,
        "notification": notification,
    }


PATIENT_READS = [
    "/me",
    "/journal/entries",
    "/check-ins",
    "/questionnaires/due",
    "/questionnaires/history",
    "/circle",
    "/goals",
    "/treatments",
    "/notifications",
]


def test_reads_of_ones_own_data(people, world):
    everyone = dict.fromkeys(ROLES, 200)
    expect(people, "get", f"{API}/me", everyone)
    expect(people, "get", f"{API}/notifications", everyone)
    expect(people, "get", f"{API}/crisis", everyone)
    expect(people, "get", f"{API}/me/fhir", {"patient": 200, "other_patient": 200})
    for path in PATIENT_READS[1:-1]:
        expect(people, "get", API + path, {"patient": 200, "other_patient": 200})
    expect(people, "get", f"{API}/treatments/next", {"patient": 204, "other_patient": 204})


def test_objects_of_another_patient_are_404(people, world):
    entry = world["entry"].pk
    expect(people, "get", f"{API}/journal/entries/{entry}", {"patient": 200})
    share = {"shared": True}
    expect(people, "post", f"{API}/steps/{world['step'].pk}/done", {"patient": 200})
    response = call(people, "other_patient", "get", f"{API}/journal/entries/{entry}")
    assert response["Content-Type"] == "application/problem+json"
    put = Client().put(
        f"{API}/journal/entries/{entry}/shared",
        share,
        content_type="application/json",
        **bearer(people.other_patient),
    )
    assert put.status_code == 404
    read = f"{API}/notifications/{world['notification'].pk}/read"
    expect(people, "post", read, {"patient": 204})


def test_clinician_endpoints(people, world):
    pat = people.pat.pk
    expect(people, "get", f"{API}/caseload", {"clinician": 200, "outsider": 200, "foreign": 200})
    expect(people, "get", f"{API}/patients/{pat}/timeline", {"clinician": 200})
    expect(people, "get", f"{API}/patients/{pat}/fhir", {"clinician": 200})
    flag = world["flag"].pk
    expect(people, "post", f"{API}/flags/{flag}/acknowledge", {"clinician": 200})
    resolve = f"{API}/flags/{flag}/resolve"
    expect(people, "post", resolve, {"clinician": 200}, body={"note": "Called; safe plan."})


def test_journal_through_the_api(people, world):
    headers = bearer(people.patient)
    client = Client()
    made = client.post(
        f"{API}/journal/entries",
        {"title": "Tea", "body": "A quiet cup of tea in the garden", "emotions": ["calm"]},
        content_type="application/json",
        **headers,
    ).json()
    assert made["title"] == "Tea" and made["emotions"] == ["calm"] and not made["shared"]
    found = client.get(f"{API}/journal/entries?q=garden", **headers).json()
    assert found["count"] == 1 and found["items"][0]["id"] == made["id"]
    page = client.get(f"{API}/journal/entries?limit=1&offset=1", **headers).json()
    assert page["count"] == 2 and len(page["items"]) == 1
    shared = client.put(
        f"{API}/journal/entries/{made['id']}/shared",
        {"shared": True},
        content_type="application/json",
        **headers,
    ).json()
    assert shared["shared"]
    bad = client.post(
        f"{API}/journal/entries",
        {"body": "x", "emotions": ["not-an-emotion"]},
        content_type="application/json",
        **headers,
    )
    assert bad.status_code == 422 and "emotions" in bad.json()["errors"]


def test_questionnaire_submit_and_item_9_raises_a_flag(people, world):
    headers = bearer(people.patient)
    body = {"answers": [1, 1, 1, 1, 1, 1, 1, 1, 2], "difficulty": 1, "nonce": str(uuid.uuid4())}
    client = Client()
    made = client.post(
        f"{API}/questionnaires/phq9", body, content_type="application/json", **headers
    )
    assert made.status_code == 201 and made.json()["safety_item_positive"]
    again = client.post(
        f"{API}/questionnaires/phq9", body, content_type="application/json", **headers
    )
    assert again.json()["id"] == made.json()["id"]  # the same form twice: one response
    assert Response.objects.count() == 1
    assert Flag.objects.filter(kind="phq9_item9").count() == 1
    short = {**body, "answers": [1, 2], "nonce": str(uuid.uuid4())}
    assert (
        client.post(
            f"{API}/questionnaires/phq9", short, content_type="application/json", **headers
        ).status_code
        == 422
    )
    assert client.post(
        f"{API}/questionnaires/nope", body, content_type="application/json", **headers
    ).status_code in (404, 422)


def test_check_in_circle_goal_and_flags(people, world):
    headers = bearer(people.patient)
    client = Client()
    scores = dict.fromkeys(DIMENSION_KEYS, 5)
    circle = client.post(
        f"{API}/circle", {"scores": scores}, content_type="application/json", **headers
    )
    assert circle.status_code == 201
    out_of_range = {**scores, "social": 11}
    assert (
        client.post(
            f"{API}/circle", {"scores": out_of_range}, content_type="application/json", **headers
        ).status_code
        == 422
    )
    goal = client.post(
        f"{API}/goals",
        {"title": "Walk more", "steps": ["Walk to the park"]},
        content_type="application/json",
        **headers,
    ).json()
    assert goal["steps"][0]["title"] == "Walk to the park"
    clinician = bearer(people.clinician)
    no_note = client.post(
        f"{API}/flags/{world['flag'].pk}/resolve",
        {"note": ""},
        content_type="application/json",
        **clinician,
    )
    assert no_note.status_code == 422
    rows = client.get(f"{API}/caseload", **clinician).json()["items"]
    assert rows[0]["name"] == "Pat Patient" and rows[0]["flags"][0]["severity"] == "safety"


def test_a_check_in_only_while_its_window_is_open(people, time_machine):
    from datetime import UTC, datetime

    time_machine.move_to(datetime(2026, 3, 10, 23, tzinfo=UTC), tick=False)  # 18:00 in Chicago
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 20, tzinfo=UTC))
    headers = bearer(people.patient)
    body = {"session_id": str(session.pk), "kind": "evening", "mood": 4, "sleep": 3}
    made = Client().post(f"{API}/check-ins", body, content_type="application/json", **headers)
    assert made.status_code == 201 and made.json()["kind"] == "evening"
    morning = {**body, "kind": "morning"}
    early = Client().post(f"{API}/check-ins", morning, content_type="application/json", **headers)
    assert early.status_code == 409
    flagged = {**body, "red_flags": ["self_harm"]}
    again = Client().post(f"{API}/check-ins", flagged, content_type="application/json", **headers)
    assert again.json()["flagged"] is True


def test_crisis_words_are_signalled_and_the_patient_chooses_to_tell(people, world):
    headers = bearer(people.patient)
    client = Client()
    made = client.post(
        f"{API}/journal/entries",
        {"body": "I keep thinking I want to end my life"},
        content_type="application/json",
        **headers,
    ).json()
    assert made["crisis_words"] is True
    assert client.get(f"{API}/crisis", **headers).json()["crisis_line"]
    assert not Flag.objects.filter(kind="crisis_language").exists()  # not without consent
    told = client.post(f"{API}/journal/entries/{made['id']}/tell-care-team", **headers)
    assert told.status_code == 204
    assert Flag.objects.filter(kind="crisis_language", severity="safety").count() == 1
    other = client.post(
        f"{API}/journal/entries/{made['id']}/tell-care-team", **bearer(people.other_patient)
    )
    assert other.status_code == 404
    calm = client.get(f"{API}/journal/entries/{world['entry'].pk}", **headers).json()
    assert calm["crisis_words"] is False
