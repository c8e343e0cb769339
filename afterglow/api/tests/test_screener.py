"""The C-SSRS screener through the API: who may call it, and that it does what the page does
(the same form and service: levels, one flag per nonce, the missing questions)."""

import uuid

from django.test import Client
from django.urls import reverse

from afterglow.api.tests.conftest import API, bearer, call, expect
from afterglow.audit.models import AuditEvent
from afterglow.outcomes import cssrs
from afterglow.outcomes.models import Screening
from afterglow.safety.models import Flag
from afterglow.testing.people import sign_in

HIGH = {"q1": True, "q2": True, "q3": False, "q4": False, "q5": True, "q6": False}


def post(user, body):
    return Client().post(f"{API}/screener", body, content_type="application/json", **bearer(user))


def body(answers, nonce=None, origin=None):
    data = {"answers": answers, "nonce": str(nonce or uuid.uuid4())}
    if origin is not None:
        data["from"] = origin
    return data


def test_who_may_call_the_screener_endpoints(people):
    patients = {"patient": 200, "other_patient": 200}
    expect(people, "get", f"{API}/screener", patients)
    expect(people, "get", f"{API}/screenings", patients)
    no = {"q1": False, "q2": False, "q6": False}
    expect(people, "post", f"{API}/screener", {"patient": 201, "other_patient": 201}, body(no))
    pat = people.pat.pk
    expect(people, "get", f"{API}/patients/{pat}/screenings", {"clinician": 200})


def test_the_questions_come_with_the_notice_and_the_skip_logic(people):
    got = Client().get(f"{API}/screener", **bearer(people.patient)).json()
    assert "Your answers go to your care team" in got["notice"]
    assert "not watched in real time" in got["notice"]
    questions = {q["key"]: q for q in got["questions"]}
    assert list(questions) == list(cssrs.KEYS)
    assert questions["q4"]["asked_if"] == "q2" and questions["q6_recent"]["asked_if"] == "q6"
    assert questions["q1"]["period"] == "past_month" and questions["q6"]["period"] == "lifetime"
    assert questions["q2"]["text"] == str(cssrs.BY_KEY["q2"].text)


def test_a_high_screening_flags_once_and_says_to_call_now(people):
    sent = body(HIGH, origin="concern")
    made = post(people.patient, sent)
    assert made.status_code == 201
    out = made.json()
    assert out["level"] == "high" and out["call_now"] and out["show_resources"]
    assert out["from"] == "concern" and out["answers"]["q5"] is True
    again = post(people.patient, sent)  # the same nonce
    assert again.json()["id"] == out["id"]
    assert Screening.objects.count() == 1
    flag = Flag.objects.get()
    assert flag.kind == "cssrs" and flag.reasons == ["cssrs_high"] and flag.severity == "safety"
    event = AuditEvent.objects.get(action="screener.submit")
    assert event.detail == {"level": "high", "from": "concern"}


def test_missing_questions_are_a_422_problem_naming_them(people):
    response = post(people.patient, body({"q1": True, "q2": True, "q3": False, "q6": True}))
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["missing"] == ["q4", "q5", "q6_recent"]
    assert problem["errors"]["q4"] == ["Please answer question 4."]
    assert not Screening.objects.exists()
    unknown = post(people.patient, body({"q1": True, "q7": True}))
    assert unknown.status_code == 422  # the schema refuses a question that isn't there


def test_the_api_and_the_page_give_the_same_result(people):
    cases = [
        ({"q1": False, "q2": False, "q6": False}, "none"),
        ({"q1": True, "q2": False, "q6": False}, "low"),
        ({"q1": True, "q2": True, "q3": True, "q4": False, "q5": False, "q6": False}, "moderate"),
        ({"q1": False, "q2": False, "q6": True, "q6_recent": False}, "moderate"),
        ({"q1": False, "q2": False, "q6": True, "q6_recent": True}, "high"),
        (HIGH, "high"),
    ]
    page = sign_in(Client(), people.patient)
    for answers, level in cases:
        via_api = post(people.patient, body(answers, origin="phq9")).json()
        data = {k: "yes" if v else "no" for k, v in answers.items()}
        data.update(nonce=str(uuid.uuid4()), origin="phq9")
        response = page.post(reverse("outcomes:screener"), data)
        via_page = Screening.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[1])
        assert via_api["level"] == via_page.level == level, answers
        assert via_api["answers"] == via_page.answers and via_page.origin == "phq9"
    flagged = sum(1 for _, level in cases if level in ("moderate", "high"))
    assert Flag.objects.filter(kind="cssrs").count() == 2 * flagged
    unknown_origin = post(people.patient, body(cases[0][0], origin="somewhere")).json()
    assert unknown_origin["from"] == "outcomes"


def test_patients_see_their_own_screenings_and_the_care_team_theirs(people):
    post(people.patient, body(HIGH))
    mine = Client().get(f"{API}/screenings", **bearer(people.patient)).json()
    assert mine["count"] == 1 and mine["items"][0]["level"] == "high"
    olive = Client().get(f"{API}/screenings", **bearer(people.other_patient)).json()
    assert olive["count"] == 0
    url = f"{API}/patients/{people.pat.pk}/screenings"
    seen = call(people.clinician, "get", url).json()
    assert seen["items"][0]["answers"]["q5"] is True
    assert AuditEvent.objects.filter(action="screener.view", patient=people.pat).exists()
    timeline = call(people.clinician, "get", f"{API}/patients/{people.pat.pk}/timeline").json()
    (item,) = [i for i in timeline["items"] if i["kind"] == "screener"]
    assert item["title"] == "C-SSRS screener: High risk" and item["detail"] == "Yes to 1, 2, 5"
    rows = Client().get(f"{API}/caseload", **bearer(people.clinician)).json()["items"]
    assert rows[0]["name"] == "Pat Patient" and rows[0]["cssrs"] == "high"
