import json
import logging

from django.test import Client, override_settings

from afterglow.testing.people import sign_in


def test_healthz_answers_ok_and_says_nothing_more(db):
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": True,
            "migrations": True,
            "encryption_key": True,
            "audit_key": True,
        },
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_fails_without_an_encryption_key(db):
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS="k1:" + "QUFBQQ=="):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["encryption_key"] is False


def test_healthz_fails_without_an_audit_key_of_its_own(db, settings):
    with override_settings(AFTERGLOW_AUDIT_KEYS=settings.AFTERGLOW_ENCRYPTION_KEYS):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["audit_key"] is False


def test_healthz_fails_with_migrations_unapplied(db, monkeypatch):
    monkeypatch.setattr("afterglow.ops.health._migrations", lambda: False)
    response = Client().get("/healthz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"


def test_one_json_line_per_request_without_content(people, caplog):
    client = sign_in(Client(), people.patient)
    with caplog.at_level(logging.INFO, logger="afterglow.request"):
        response = client.get("/journal/?q=my+secret+words")
    (record,) = [r for r in caplog.records if r.name == "afterglow.request"]
    from afterglow.ops.logs import JsonFormatter

    line = json.loads(JsonFormatter().format(record))
    assert line["route"] == "/journal/" and line["status"] == 200
    assert line["user_id"] == people.patient.pk and line["method"] == "GET"
    assert line["request_id"] == response["X-Request-ID"] and line["duration_ms"] > 0
    assert "secret" not in json.dumps(line)


def test_a_given_request_id_is_kept_and_a_bad_one_replaced(db):
    assert Client().get("/healthz", HTTP_X_REQUEST_ID="abc-123")["X-Request-ID"] == "abc-123"
    assert Client().get("/healthz", HTTP_X_REQUEST_ID="<script>")["X-Request-ID"] != "<script>"


def test_routes_with_ids_are_logged_as_patterns(people, caplog):
    client = sign_in(Client(), people.clinician)
    with caplog.at_level(logging.INFO, logger="afterglow.request"):
        client.get(f"/caseload/{people.pat.pk}/")
    (record,) = [r for r in caplog.records if r.name == "afterglow.request"]
    assert str(people.pat.pk) not in json.dumps(vars(record), default=str)


def test_error_lines_lose_the_path_the_query_and_the_exception_message():
    import sys

    from afterglow.ops.logs import JsonFormatter

    class FakeRequest:
        resolver_match = None

    try:
        raise ValueError("I want to end my life")
    except ValueError:
        info = sys.exc_info()
    record = logging.LogRecord(
        "django.request",
        logging.ERROR,
        __file__,
        1,
        "Internal Server Error: %s",
        ("/calendar/s3cr3t.ics?q=private+words",),
        info,
    )
    record.request = FakeRequest()
    record.status_code = 500
    line = JsonFormatter().format(record)
    for leak in ("s3cr3t", "private", "end my life"):
        assert leak not in line
    parsed = json.loads(line)
    assert parsed["message"] == "Internal Server Error" and parsed["error"] == "ValueError"
    assert parsed["status_code"] == 500 and parsed["stack"]
