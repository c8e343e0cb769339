"""The API's replies say what the crisis-language check found, as the pages show it."""

import pytest
from django.test import Client

from afterglow.audit.models import AuditEvent
from afterglow.safety.language import assess
from afterglow.safety.models import Flag, TextCheck

CRISIS = "I have been saving my pills and tonight I want to end it all"
CONCERN = "Everyone would be better off without me."


def test_the_api_says_what_the_page_says(people, patient_auth):
    client = Client(**patient_auth)
    response = client.post(
        "/api/v1/journal/entries", {"body": CONCERN}, content_type="application/json"
    )
    body = response.json()
    assert response.status_code == 201
    # The detector's own verdict: the rules' burden, and whatever the statistical reading adds.
    assert "burden" in body["language"]["codes"]
    assert body["language"] == {"level": "concern", "codes": list(assess(CONCERN).codes)}
    assert body["crisis_words"] is False and TextCheck.objects.get().level == "concern"
    crisis = client.post(
        "/api/v1/journal/entries", {"body": CRISIS}, content_type="application/json"
    ).json()
    assert crisis["language"]["level"] == "crisis" and crisis["crisis_words"] is True
    told = client.post(f"/api/v1/journal/entries/{crisis['id']}/tell-care-team")
    assert told.status_code == 204 and "method" in Flag.objects.get().reasons


def _writes(world):
    """Every API write that takes a patient's words: (method, path, body with CONCERN)."""
    session, goal, integration = world.recent.pk, world.goal.pk, world.integration.pk
    scores = dict.fromkeys(
        (
            "emotional",
            "social",
            "spiritual",
            "mental",
            "physical",
            "environmental",
            "financial",
            "occupational",
        ),
        5,
    )
    return {
        "entry": ("post", "/journal/entries", {"body": CONCERN}),
        "entry edit": ("put", f"/journal/entries/{world.entry.pk}", {"body": CONCERN}),
        "reflection": ("put", f"/aftercare/{session}/reflection", {"text": CONCERN}),
        "check-in": (
            "post",
            "/check-ins/evening",
            {"session_id": str(session), "mood": 3, "note": CONCERN},
        ),
        "circle": ("post", "/circle", {"scores": scores, "notes": {"social": CONCERN}}),
        "goal": ("post", "/goals", {"title": "Rest", "why": CONCERN}),
        "step": ("post", f"/goals/{goal}/steps", {"title": CONCERN}),
        "review": ("post", "/reviews", {"was_hard": CONCERN}),
        "agenda": ("put", f"/integration-sessions/{integration}/agenda", {"topics": CONCERN}),
        "message": ("post", "/messages", {"body": CONCERN}),
    }


@pytest.mark.parametrize(
    "name",
    [
        "entry",
        "entry edit",
        "reflection",
        "check-in",
        "circle",
        "goal",
        "step",
        "review",
        "agenda",
        "message",
    ],
)
def test_every_write_of_a_patients_words_answers_the_verdict(people, world, patient_auth, name):
    method, path, body = _writes(world)[name]
    response = getattr(Client(**patient_auth), method)(
        f"/api/v1{path}", body, content_type="application/json"
    )
    assert response.status_code in (200, 201), response.json()
    # The rules name the burden; the statistical reading may add that the wording reads
    # like the corpus' risky lines too (wording_indirect).
    verdict = response.json()["language"]
    assert verdict["level"] == "concern" and "burden" in verdict["codes"]
    check = TextCheck.objects.get(patient=people.pat)  # kept, as the page keeps it
    assert check.level == "concern" and check.codes == verdict["codes"]
    event = AuditEvent.objects.get(action="language.detect", patient=people.pat)
    assert event.detail["level"] == "concern" and event.detail["burden"] is True


def test_the_entry_list_reads_the_stored_verdicts_in_one_query(people, patient_auth):
    """crisis_words comes from the verdict kept when the entry was written (TextCheck), for
    the whole page at once: the detector does not run again on every read."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = Client(**patient_auth)
    for body in (CRISIS, CONCERN, "A calm walk by the river."):
        client.post("/api/v1/journal/entries", {"body": body}, content_type="application/json")

    def listed() -> tuple[dict[str, bool], int]:
        with CaptureQueriesContext(connection) as ctx:
            reply = client.get("/api/v1/journal/entries")
        return {e["body"]: e["crisis_words"] for e in reply.json()["items"]}, len(
            ctx.captured_queries
        )

    flags, queries = listed()
    assert flags == {CRISIS: True, CONCERN: False, "A calm walk by the river.": False}
    # the token, its last use, roles (patient, memberships), the page, the page's crisis
    # verdicts (one query), the count (stops at 501)
    assert queries == 6
    for n in range(5):
        client.post(
            "/api/v1/journal/entries", {"body": f"Walk {n}"}, content_type="application/json"
        )
    assert listed()[1] == queries
    TextCheck.objects.all().delete()  # the stored verdict is what the list says
    assert not any(listed()[0].values())
