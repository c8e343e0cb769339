"""Today and the first 24 hours through the API: what the page shows, and each thing the
patient does on it (feelings, checklist, water, reflection, check-ins), audited."""

from datetime import timedelta

import time_machine

from afterglow.aftercare.models import CheckIn, FeelingCheck
from afterglow.api.tests.conftest import API, NOW, bearer
from afterglow.audit.models import AuditEvent
from afterglow.safety.models import Flag


def test_today_is_the_plan_after_a_session(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    client.get(f"{API}/me", **auth)  # the token's first use is written once a minute
    # the token and the caller's roles (3); prompt: homework, phase, prompts, Pat's time
    # zone (4); tools (1); the 24-hour plan: latest session, check-ins, rules, feelings,
    # ticks, items, state (7); preparation (1); plan, its steps, completed sessions, next
    # booking (4); due: answers, last treatment and next booking (one), the clinic's rule (3);
    # circle: last assessment (1); goals and steps (2); review: active goals, last review (2);
    # medicines: any, today's check (2); what main's Today reads since (2)
    with django_assert_num_queries(32):
        today = client.get(f"{API}/today", **auth).json()
    plan = today["aftercare"]
    assert plan["session_id"] == str(world.recent.pk) and plan["active"]
    assert plan["rules"] and plan["items"] and plan["glasses"] == 0
    evening = next(w for w in plan["check_ins"] if w["kind"] == "evening")
    assert evening["state"] == "open"
    assert today["plan"]["phase"] in ("induction", "maintenance")
    assert today["questionnaires_due"] == ["phq9", "gad7"]  # the baseline
    assert today["goals"][0]["title"] == "Sleep earlier" and today["prompt"]["text"]
    assert today["medicines_unchecked"] is True


def test_feelings_reorder_the_plan_and_are_audited(client, people, world):
    auth = bearer(people.patient)
    url = f"{API}/aftercare/{world.recent.pk}/feelings"
    made = client.post(url, {"feelings": ["fatigued"]}, content_type="application/json", **auth)
    assert made.status_code == 201 and made.json()["feelings"] == ["fatigued"]
    plan = client.get(f"{API}/today", **auth).json()["aftercare"]
    assert plan["feelings"] == ["fatigued"] and plan["items"][0]["kind"] == "rest"
    assert plan["suggestions"][0]["feeling"] == "fatigued"
    assert FeelingCheck.objects.count() == 1
    assert AuditEvent.objects.filter(action="aftercare.feeling", patient=people.pat).exists()
    none = client.post(url, {"feelings": []}, content_type="application/json", **auth)
    assert none.status_code == 422


def test_checklist_water_and_reflection(client, people, world):
    auth = bearer(people.patient)
    base = f"{API}/aftercare/{world.recent.pk}"
    tick = f"{base}/items/{world.item.pk}/tick"
    assert client.post(tick, **auth).json() == {"item_id": world.item.pk, "ticked": True}
    assert client.post(tick, **auth).json()["ticked"] is False
    water = {"content_type": "application/json", **auth}
    assert client.post(f"{base}/water", {"delta": 1}, **water).json() == {"glasses": 1}
    assert client.post(f"{base}/water", {"delta": -1}, **water).json() == {"glasses": 0}
    assert client.post(f"{base}/water", {"delta": -1}, **water).json() == {"glasses": 0}
    assert client.post(f"{base}/water", {"delta": 2}, **water).status_code == 422
    saved = client.put(f"{base}/reflection", {"text": "  Lighter.  "}, **water)
    assert saved.json() == {"text": "Lighter.", "language": {"level": "none", "codes": []}}
    assert client.get(f"{API}/today", **auth).json()["aftercare"]["reflection"] == "Lighter."
    long = client.put(f"{base}/reflection", {"text": "x" * 5001}, **water)
    assert long.status_code == 422
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"aftercare.tick", "aftercare.water", "aftercare.reflection"} <= actions
    other = client.post(tick, **bearer(people.other_patient))
    assert other.status_code == 404


def test_a_check_in_only_while_its_window_is_open(client, people, world):
    auth = {"content_type": "application/json", **bearer(people.patient)}
    body = {"session_id": str(world.recent.pk), "mood": 4}
    made = client.post(f"{API}/check-ins/evening", body, **auth)
    assert made.status_code == 201 and made.json()["kind"] == "evening"
    assert AuditEvent.objects.filter(action="aftercare.check_in", patient=people.pat).exists()
    morning = client.post(f"{API}/check-ins/morning", {**body, "sleep": 4}, **auth)
    assert morning.status_code == 409 and "opens" in morning.json()["detail"]
    without_sleep = client.post(f"{API}/check-ins/morning", body, **auth)
    assert without_sleep.status_code == 422 and "sleep" in without_sleep.json()["errors"]
    with time_machine.travel(NOW + timedelta(days=3), tick=False):
        closed = client.post(f"{API}/check-ins/evening", body, **auth)
    assert closed.status_code == 409 and "closed" in closed.json()["detail"]


def test_a_red_flag_raises_a_flag_and_crisis_words_are_signalled(client, people, world):
    auth = {"content_type": "application/json", **bearer(people.patient)}
    body = {"session_id": str(world.recent.pk), "mood": 2, "red_flags": ["chest_pain"]}
    flagged = client.post(f"{API}/check-ins/evening", body, **auth).json()
    assert flagged["flagged"] is True and flagged["crisis_words"] is False
    assert Flag.objects.filter(kind="checkin_red_flag", patient=people.pat).count() == 2
    words = {**body, "red_flags": [], "note": "I want to end my life"}
    again = client.post(f"{API}/check-ins/evening", words, **auth).json()
    assert again["crisis_words"] is True and again["id"] == flagged["id"]  # one per kind
    assert not Flag.objects.filter(kind="crisis_language").exists()  # not without consent
    told = client.post(f"{API}/check-ins/{again['id']}/tell-care-team", **auth)
    assert told.status_code == 204
    assert Flag.objects.filter(kind="crisis_language", patient=people.pat).count() == 1


def test_check_ins_are_listed_newest_first(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); count, page (2)
    with django_assert_num_queries(5):
        listed = client.get(f"{API}/check-ins", **auth).json()
    assert listed["count"] == CheckIn.objects.filter(patient=people.pat).count() == 1
    assert listed["items"][0]["session_id"] == str(world.spravato.pk)


def test_treatments_are_listed_in_one_query(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); sessions with their REMS state (1), in memory
    with django_assert_num_queries(4):
        listed = client.get(f"{API}/treatments", **auth).json()
    assert listed["count"] == 3 and listed["items"][0]["status"] == "scheduled"
