"""PHQ-9 and GAD-7 through the API: answering (once per form), the safety item, what is
due, the history and its trends."""

from datetime import timedelta

from afterglow.api.tests.conftest import API, NOW, bearer, nonce
from afterglow.audit.models import AuditEvent
from afterglow.outcomes.models import Response
from afterglow.safety.models import Flag


def answer(client, auth, code, answers, form=None, **extra):
    body = {"answers": answers, "nonce": form or nonce(), **extra}
    return client.post(
        f"{API}/questionnaires/{code}", body, content_type="application/json", **auth
    )


def test_item_9_raises_a_flag_and_a_form_counts_once(client, people, world):
    auth = bearer(people.patient)
    form = nonce()
    made = answer(client, auth, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2], form, difficulty=1)
    assert made.status_code == 201
    assert made.json()["safety_item_positive"] and made.json()["band"] == "moderate"
    again = answer(client, auth, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2], form)
    assert again.status_code == 200 and again.json()["id"] == made.json()["id"]
    assert Response.objects.count() == 1
    assert Flag.objects.filter(kind="phq9_item9").count() == 1
    assert AuditEvent.objects.filter(action="outcomes.submit", patient=people.pat).count() == 1
    other = answer(client, auth, "gad7", [0] * 7, form)  # the same form sent as a GAD-7
    assert other.status_code == 409


def test_answers_must_fit_the_questionnaire(client, people, world):
    auth = bearer(people.patient)
    assert answer(client, auth, "phq9", [1, 2]).status_code == 422
    assert answer(client, auth, "gad7", [0] * 9).status_code == 422
    assert answer(client, auth, "gad7", [4] * 7).status_code == 422
    assert answer(client, auth, "gad7", [0] * 7, difficulty=5).status_code == 422
    assert answer(client, auth, "nope", [0]).status_code == 404


def test_due_history_and_trends(client, people, world, django_assert_num_queries, time_machine):
    auth = bearer(people.patient)
    client.get(f"{API}/me", **auth)
    # the token and the caller's roles (3); answers, the last treatment and next booking
    # (one aggregate), the clinic's rule (3)
    with django_assert_num_queries(6):
        due = client.get(f"{API}/questionnaires/due", **auth).json()
    assert [d["code"] for d in due["items"]] == ["phq9", "gad7"]
    answer(client, auth, "phq9", [2] * 9)
    time_machine.move_to(NOW + timedelta(days=14), tick=False)
    answer(client, auth, "phq9", [1] * 9)
    # the token and the caller's roles (3); count, page (2)
    with django_assert_num_queries(5):
        history = client.get(f"{API}/questionnaires/history", **auth).json()
    assert [r["total"] for r in history["items"]] == [9, 18]
    phq9 = client.get(f"{API}/questionnaires/trends", **auth).json()[0]
    assert phq9["baseline"]["total"] == 18 and phq9["latest"]["total"] == 9
    assert phq9["change"] == -9 and phq9["trend"] == "down" and phq9["response"] is True
