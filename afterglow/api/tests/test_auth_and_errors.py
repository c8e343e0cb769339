"""Tokens, sessions, and every kind of bad request, each answered as problem+json."""

import json
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from afterglow.api.models import ApiToken, Scope
from afterglow.api.tests.conftest import bearer
from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in

ME = "/api/v1/me"
ENTRIES = "/api/v1/journal/entries"


def is_problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"]
    return body


def test_a_token_is_made_on_the_account_page_shown_once_and_revoked(people):
    client = sign_in(Client(), people.patient)
    page = client.post(
        "/accounts/tokens/", {"name": "my phone", "scope": "write", "days": "30"}
    ).content.decode()
    token = page.split('id="new-token">')[1].split("<")[0]
    assert token.startswith("ag_") and "won't be shown again" in page
    row = ApiToken.objects.get(user=people.patient)
    assert token not in row.token_hash and row.prefix in token
    assert token not in client.get("/accounts/tokens/").content.decode()  # never again
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert Client().get(ME, **auth).json()["email"] == people.patient.email
    client.post(f"/accounts/tokens/{row.pk}/revoke/")
    is_problem(Client().get(ME, **auth), 401)
    assert AuditEvent.objects.filter(action="api_token.revoke").exists()


def test_token_form_refuses_bad_values_and_keeps_them(people):
    client = sign_in(Client(), people.patient)
    page = client.post("/accounts/tokens/", {"name": "bot", "scope": "write", "days": "999"})
    text = page.content.decode()
    assert "At most 365 days" in text and 'value="bot"' in text
    assert not ApiToken.objects.exists()


def test_who_may_manage_tokens(people):
    signed_in = dict.fromkeys(
        ("patient", "other_patient", "clinician", "outsider", "foreign", "admin"), 200
    )
    assert_access(people, "/accounts/tokens/", {"anonymous": 302, **signed_in})
    own = bearer(people.patient)  # noqa: F841 - makes a token row for Pat
    row = ApiToken.objects.get(user=people.patient)
    assert_access(
        people,
        f"/accounts/tokens/{row.pk}/revoke/",
        {"anonymous": 302, "patient": 302},
        method="post",
    )


def test_expired_unknown_and_malformed_tokens_are_401(people):
    headers = bearer(people.patient)
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    is_problem(Client().get(ME, **headers), 401)
    is_problem(Client().get(ME, HTTP_AUTHORIZATION="Bearer ag_nope_nope"), 401)
    is_problem(Client().get(ME, HTTP_AUTHORIZATION="Bearer nonsense"), 401)
    response = Client().get(ME)
    is_problem(response, 401)
    assert response["WWW-Authenticate"] == "Bearer"


def test_a_read_token_may_not_write(people):
    read = bearer(people.patient, scope=Scope.READ)
    assert Client().get(ENTRIES, **read).status_code == 200
    body = {"body": "hello"}
    is_problem(Client().post(ENTRIES, body, content_type="application/json", **read), 403)


def test_each_token_has_a_rate_limit(people, settings):
    settings.AFTERGLOW_API_RATE_PER_MINUTE = 3
    headers = bearer(people.patient)
    for _ in range(3):
        assert Client().get(ME, **headers).status_code == 200
    response = Client().get(ME, **headers)
    is_problem(response, 429)
    assert 0 < int(response["Retry-After"]) <= 60
    assert Client().get(ME, **bearer(people.patient)).status_code == 200  # another token


def test_malformed_json_wrong_types_unknown_fields_and_huge_bodies(people):
    headers = bearer(people.patient)
    post = Client().post
    is_problem(post(ENTRIES, "{not json", content_type="application/json", **headers), 400)
    wrong = post(ENTRIES, {"body": ["a list"]}, content_type="application/json", **headers)
    assert "body" in is_problem(wrong, 422)["errors"]
    extra = {"body": "fine", "secret": 1}
    is_problem(post(ENTRIES, extra, content_type="application/json", **headers), 422)
    empty = post(ENTRIES, {"body": "   "}, content_type="application/json", **headers)
    assert "Write a few words first" in json.dumps(is_problem(empty, 422))
    huge = {"body": "x" * (1024 * 1024)}
    is_problem(post(ENTRIES, huge, content_type="application/json", **headers), 413)


def test_the_browser_session_works_and_writes_need_csrf(people):
    client = sign_in(Client(enforce_csrf_checks=True), people.patient)
    assert client.get(ME).status_code == 200
    refused = client.post(ENTRIES, {"body": "hi"}, content_type="application/json")
    assert refused.status_code == 403
    client.get("/journal/")  # sets the CSRF cookie
    token = client.cookies["csrftoken"].value
    made = client.post(
        ENTRIES, {"body": "hi"}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert made.status_code == 201


def test_the_openapi_document_and_its_docs_are_served_by_the_app(people):
    schema = Client().get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "Afterglow API"
    assert "/api/v1/journal/entries" in schema["paths"]
    docs = sign_in(Client(), people.patient).get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_a_bad_token_or_nobody_on_a_write_is_401_not_a_csrf_refusal(people):
    client = Client(enforce_csrf_checks=True)
    body = {"body": "hello"}
    bad = client.post(
        ENTRIES, body, content_type="application/json", HTTP_AUTHORIZATION="Bearer ag_x_y"
    )
    is_problem(bad, 401)
    is_problem(client.post(ENTRIES, body, content_type="application/json"), 401)


def test_an_offset_past_what_the_database_holds_is_422_not_500(people):
    headers = bearer(people.patient)
    huge = Client().get(f"{ENTRIES}?offset=9223372036854775808", **headers)
    assert "offset" in is_problem(huge, 422)["errors"]
    assert Client().get(f"{ENTRIES}?offset=1000000000", **headers).status_code == 200


def test_an_unknown_api_path_is_a_problem_document_too(people):
    headers = bearer(people.patient)
    is_problem(Client().get("/api/v1/no/such/thing", **headers), 404)
    entry = Client().get("/api/v1/journal/entries/a%2Fb", **headers)  # no route: a slash
    is_problem(entry, 404)
    assert Client().get("/no/such/page").headers["Content-Type"].startswith("text/html")
