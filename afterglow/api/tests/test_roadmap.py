"""Goals, steps, the weekly review, integration sessions and their agenda, through the API."""

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.integration.models import Goal, WeeklyReview

JSON = "application/json"


def test_a_goal_with_its_first_steps(client, people, world):
    auth = bearer(people.patient)
    body = {
        "title": "Walk more",
        "why": "Clearer head",
        "dimension": "physical",
        "area": "routines",
        "target_date": "2026-06-01",
        "steps": [{"title": "Walk to the park", "due_date": "2026-03-14"}, {"title": ""}],
    }
    made = client.post(f"{API}/goals", body, content_type=JSON, **auth)
    assert made.status_code == 201
    goal = made.json()
    assert [s["title"] for s in goal["steps"]] == ["Walk to the park"]
    assert goal["steps"][0]["due_date"] == "2026-03-14" and goal["dimension"] == "physical"
    assert AuditEvent.objects.filter(action="integration.goal_create").exists()
    three = {"title": "x", "steps": [{"title": "a"}] * 3}
    assert client.post(f"{API}/goals", three, content_type=JSON, **auth).status_code == 422
    far = {"title": "x", "target_date": "2150-01-01"}
    assert client.post(f"{API}/goals", far, content_type=JSON, **auth).status_code == 422


def test_status_steps_and_review(client, people, world):
    auth = bearer(people.patient)
    url = f"{API}/goals/{world.goal.pk}"
    paused = client.put(f"{url}/status", {"status": "paused"}, content_type=JSON, **auth)
    assert paused.json()["status"] == "paused"
    step = client.post(f"{url}/steps", {"title": "Shoes by the door"}, content_type=JSON, **auth)
    assert step.status_code == 201 and step.json()["done"] is False
    done = client.post(f"{API}/steps/{step.json()['id']}/done", **auth).json()
    assert done["done"] is True
    assert len(client.get(url, **auth).json()["steps"]) == 2
    review = client.post(f"{API}/reviews", {"went_well": "Two walks"}, content_type=JSON, **auth)
    assert review.status_code == 201 and WeeklyReview.objects.get().went_well == "Two walks"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "integration.goal_status",
        "integration.step_add",
        "integration.step_toggle",
        "integration.review",
    } <= actions


def test_integration_sessions_and_the_agenda(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    session = world.integration
    session.insights, session.tools = "Sees the pattern", "Box breathing\nA walk"
    session.save()
    client.get(f"{API}/me", **auth)  # a token's use is written once a minute
    # the token and the caller's roles (3); sessions with their therapist (1)
    with django_assert_num_queries(4):
        listed = client.get(f"{API}/integration-sessions", **auth).json()
    found = listed["items"][0]
    assert found["tools"] == ["Box breathing", "A walk"] and found["insights"] is None
    session.insights_shared = True
    session.save()
    assert client.get(f"{API}/integration-sessions/{session.pk}", **auth).json()["insights"]
    url = f"{API}/integration-sessions/{session.pk}/agenda"
    body = {"topics": "Sleep", "goals_note": "Two walks"}
    saved = client.put(url, body, content_type=JSON, **auth).json()
    assert saved["agenda_topics"] == "Sleep" and saved["agenda_goals"] == "Two walks"
    assert AuditEvent.objects.filter(action="integration.agenda", patient=people.pat).exists()


def test_goals_are_listed_in_two_queries(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    for n in range(3):
        Goal.objects.create(patient=people.pat, title=f"Goal {n}")
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); goals, their steps (2)
    with django_assert_num_queries(5):
        listed = client.get(f"{API}/goals", **auth).json()
    assert listed["count"] == 4
