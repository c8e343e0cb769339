"""Who may call each endpoint: the six named people and anonymous, against Pat's records.

A patient reaches their own records (the other patient gets 404 for Pat's, and their own
answer for collections); Pat's care team reaches hers; a clinician outside it, one of another
clinic and the admin get 404, as on the pages; care-team changes are the admin's; anonymous
gets 401 everywhere."""

import re

import pytest
from django.test import Client

from afterglow.api.tests.conftest import API, expect, nonce
from afterglow.conversations.services import message_send

PATIENTS = {"patient": 200, "other_patient": 200}
PAT = {"patient": 200}
EVERYONE = dict.fromkeys(
    ("patient", "other_patient", "clinician", "outsider", "foreign", "admin"), 200
)
CARE = {"clinician": 200}
CLINICIANS = {"clinician": 200, "outsider": 200, "foreign": 200}
ADMIN = {"admin": 200}


def made(allowed, status=201):
    return dict.fromkeys(allowed, status)


def table(w):
    """(method, path, body, allowed) for every endpoint, with Pat's ids."""
    pat, session, entry = w.pat.pk, w.recent.pk, w.entry.pk
    treatment = f"/patients/{pat}/treatments/{w.spravato.pk}"
    return {
        "me": ("get", "/me", None, EVERYONE),
        "crisis": ("get", "/crisis", None, EVERYONE),
        "fhir": ("get", "/me/fhir", None, PATIENTS),
        "notifications": ("get", "/notifications", None, EVERYONE),
        "notification read": (
            "post",
            f"/notifications/{w.notification.pk}/read",
            None,
            made(PAT, 204),
        ),
        "all read": ("post", "/notifications/read", None, EVERYONE),
        "preferences": ("get", "/reminders/preferences", None, EVERYONE),
        "preferences change": ("patch", "/reminders/preferences", {"email": False}, EVERYONE),
        "calendar": ("post", "/reminders/calendar", None, made(EVERYONE)),
        "calendar off": ("delete", "/reminders/calendar", None, made(EVERYONE, 204)),
        "today": ("get", "/today", None, PATIENTS),
        "feelings": ("post", f"/aftercare/{session}/feelings", {"feelings": ["clear"]}, made(PAT)),
        "tick": ("post", f"/aftercare/{session}/items/{w.item.pk}/tick", None, PAT),
        "water": ("post", f"/aftercare/{session}/water", {"delta": 1}, PAT),
        "reflection": ("put", f"/aftercare/{session}/reflection", {"text": "Calm"}, PAT),
        "check-ins": ("get", "/check-ins", None, PATIENTS),
        "evening": (
            "post",
            "/check-ins/evening",
            {"session_id": str(session), "mood": 4},
            made(PAT),
        ),
        "morning": (
            "post",
            "/check-ins/morning",
            {"session_id": str(session), "mood": 4, "sleep": 4},
            {"patient": 409},  # open from 5 am tomorrow
        ),
        "check-in tell": (
            "post",
            f"/check-ins/{w.check_in.pk}/tell-care-team",
            None,
            made(PAT, 204),
        ),
        "entries": ("get", "/journal/entries", None, PATIENTS),
        "entry create": ("post", "/journal/entries", {"body": "Tea"}, made(PATIENTS)),
        "entry": ("get", f"/journal/entries/{entry}", None, PAT),
        "entry update": ("put", f"/journal/entries/{entry}", {"body": "Tea"}, PAT),
        "entry delete": ("delete", f"/journal/entries/{entry}", None, made(PAT, 204)),
        "entry share": ("put", f"/journal/entries/{entry}/shared", {"shared": False}, PAT),
        "entry mark": ("put", f"/journal/entries/{entry}/for-next-session", {"marked": True}, PAT),
        "entry tell": ("post", f"/journal/entries/{entry}/tell-care-team", None, made(PAT, 204)),
        "prompts": ("get", "/journal/prompts", None, {**PATIENTS, **CLINICIANS}),
        "due": ("get", "/questionnaires/due", None, PATIENTS),
        "history": ("get", "/questionnaires/history", None, PATIENTS),
        "trends": ("get", "/questionnaires/trends", None, PATIENTS),
        "phq9": (
            "post",
            "/questionnaires/phq9",
            {"answers": [0] * 9, "nonce": nonce()},
            made(PATIENTS),
        ),
        "gad7": (
            "post",
            "/questionnaires/gad7",
            {"answers": [1] * 7, "nonce": nonce()},
            made(PATIENTS),
        ),
        "circle": ("get", "/circle", None, PATIENTS),
        "circle take": ("post", "/circle", {"scores": dict.fromkeys(CIRCLE, 5)}, made(PATIENTS)),
        "focus": ("get", "/circle/focus", None, PATIENTS),
        "focus set": ("put", "/circle/focus", {"dimensions": ["social"]}, PATIENTS),
        "guides": ("get", "/circle/guides", None, PATIENTS),
        "goals": ("get", "/goals", None, PATIENTS),
        "goal create": ("post", "/goals", {"title": "Walk"}, made(PATIENTS)),
        "goal": ("get", f"/goals/{w.goal.pk}", None, PAT),
        "goal status": ("put", f"/goals/{w.goal.pk}/status", {"status": "paused"}, PAT),
        "step add": (
            "post",
            f"/goals/{w.goal.pk}/steps",
            {"title": "Shoes by the door"},
            made(PAT),
        ),
        "step done": ("post", f"/steps/{w.step.pk}/done", None, PAT),
        "review": ("post", "/reviews", {"went_well": "Slept"}, made(PATIENTS)),
        "integration sessions": ("get", "/integration-sessions", None, PATIENTS),
        "integration session": ("get", f"/integration-sessions/{w.integration.pk}", None, PAT),
        "agenda": (
            "put",
            f"/integration-sessions/{w.integration.pk}/agenda",
            {"topics": "Sleep"},
            PAT,
        ),
        "medicines": ("get", "/medicines", None, PATIENTS),
        "medicine add": ("post", "/medicines", {"name": "Lithium"}, made(PATIENTS)),
        "medicine check": ("put", "/medicines/check", {"answer": "yes"}, PATIENTS),
        "adherence": ("get", "/medicines/adherence", None, PATIENTS),
        "medicine stop": ("delete", f"/medicines/{w.medicine.pk}", None, made(PAT, 204)),
        "treatments": ("get", "/treatments", None, PATIENTS),
        "next": ("get", "/treatments/next", None, {"patient": 200, "other_patient": 204}),
        "caseload": ("get", "/caseload", None, CLINICIANS),
        "patient": ("get", f"/patients/{pat}", None, CARE),
        "timeline": ("get", f"/patients/{pat}/timeline", None, CARE),
        "patient fhir": ("get", f"/patients/{pat}/fhir", None, CARE),
        "acknowledge": ("post", f"/flags/{w.flag.pk}/acknowledge", None, CARE),
        "resolve": ("post", f"/flags/{w.flag.pk}/resolve", {"note": "Called her."}, CARE),
        "protocols": ("get", "/protocols", None, CLINICIANS),
        "patient treatments": ("get", f"/patients/{pat}/treatments", None, CARE),
        "treatment record": ("post", f"/patients/{pat}/treatments", SESSION, made(CARE)),
        "treatment update": ("put", treatment, {**SESSION, "modality": "spravato"}, CARE),
        "plan": ("get", f"/patients/{pat}/plan", None, CARE),
        "plan set": (
            "put",
            f"/patients/{pat}/plan",
            {"protocol_id": w.protocol.pk, "start_date": "2026-02-02", "start_phase": "induction"},
            CARE,
        ),
        "rems": ("get", f"{treatment}/rems", None, CARE),
        "rems save": ("put", f"{treatment}/rems", REMS, CARE),
        "shared entries": ("get", f"/patients/{pat}/journal", None, CARE),
        "shared entry": ("get", f"/patients/{pat}/journal/{entry}", None, CARE),
        "prompt assign": (
            "post",
            f"/patients/{pat}/prompts",
            {"prompt_id": w.prompt.pk},
            made(CARE),
        ),
        "patient questionnaires": ("get", f"/patients/{pat}/questionnaires", None, CARE),
        "patient trends": ("get", f"/patients/{pat}/questionnaires/trends", None, CARE),
        "patient circle": ("get", f"/patients/{pat}/circle", None, CARE),
        "patient integration": ("get", f"/patients/{pat}/integration", None, CARE),
        "schedule": (
            "post",
            f"/patients/{pat}/integration-sessions",
            {"scheduled_for": "2026-03-12T15:00:00-05:00", "treatment_id": str(w.spravato.pk)},
            made(CARE),
        ),
        "note": (
            "put",
            f"/patients/{pat}/integration-sessions/{w.integration.pk}/note",
            {"insights": "Less alone", "tools": "Box breathing"},
            CARE,
        ),
        "screener": ("get", "/screener", None, PATIENTS),
        "screener answer": (
            "post",
            "/screener",
            {"answers": {"q1": False, "q2": False, "q6": False}, "nonce": nonce()},
            made(PATIENTS),
        ),
        "screenings": ("get", "/screenings", None, PATIENTS),
        "patient screenings": ("get", f"/patients/{pat}/screenings", None, CARE),
        "messages": ("get", "/messages", None, PATIENTS),
        "message send": ("post", "/messages", {"body": "Hello"}, made(PATIENTS)),
        "message tell": (
            "post",
            f"/messages/{w.message.pk}/tell-care-team",
            None,
            made(PAT, 204),
        ),
        "conversations": ("get", "/conversations", None, CLINICIANS),
        "patient messages": ("get", f"/patients/{pat}/messages", None, CARE),
        "reply": ("post", f"/patients/{pat}/messages", {"body": "Thanks, we read it."}, made(CARE)),
        "care team": ("get", f"/clinic/patients/{pat}/care-team", None, ADMIN),
        "care team set": (
            "put",
            f"/clinic/patients/{pat}/care-team",
            {"clinician_ids": [w.clinician.pk, w.nell.pk]},
            ADMIN,
        ),
        "care team add": (
            "post",
            f"/clinic/patients/{pat}/care-team",
            {"clinician_id": w.nell.pk},
            made(ADMIN),
        ),
        "care team remove": (
            "delete",
            f"/clinic/patients/{pat}/care-team/{w.clinician.pk}",
            None,
            made(ADMIN, 204),
        ),
    }


CIRCLE = (
    "emotional",
    "social",
    "spiritual",
    "mental",
    "physical",
    "environmental",
    "financial",
    "occupational",
)
SESSION = {
    "modality": "iv",
    "status": "completed",
    "starts_at": "2026-03-09T10:00:00-05:00",
    "minutes": 60,
    "dose_mg": "35.5",
}
REMS = {
    "dose_mg": 84,
    "lot_number": "LOT-7",
    "bp_before": {"systolic": 128, "diastolic": 82},
    "bp_40_minutes": {"systolic": 150, "diastolic": 90},
    "bp_discharge": {"systolic": 130, "diastolic": 84},
    "sedation": {"seen": True, "resolved_at": "11:40"},
    "dissociation": {"seen": False},
    "respiratory": {"seen": False},
    "monitoring": {"minutes": 90, "reason": "Left with family after a check."},
}


def _message(people):
    """Pat's message to her care team (made here, not in ``world``: it notifies the team)."""
    return message_send(patient=people.pat, author=people.patient, body="Hello")


class _Id:
    pk = "x"


def _names():
    """The endpoints' names, read from the table with placeholder ids."""
    return list(table(defaultdict_namespace()))


def defaultdict_namespace():
    class Anything:
        def __getattr__(self, name):
            return _Id()

    return Anything()


@pytest.mark.parametrize("name", _names())
def test_who_may_call(people, world, name):
    world.pat, world.clinician = people.pat, people.clinician
    world.message = _message(people)
    method, path, body, allowed = table(world)[name]
    expect(people, method, API + path, allowed, body)


def test_the_table_names_every_operation(people, world):
    """A new endpoint must join the table above (and so be tried as every person)."""
    world.pat, world.clinician = people.pat, people.clinician
    world.message = _message(people)
    called = {(method.upper(), API + path) for method, path, _, _ in table(world).values()}
    document = Client().get(f"{API}/openapi.json").json()
    for path, operations in document["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for method in operations:
            matches = [c for c in called if c[0] == method.upper() and pattern.match(c[1])]
            assert len(matches) == 1, (method, path)
    assert len(called) == sum(len(ops) for ops in document["paths"].values())
