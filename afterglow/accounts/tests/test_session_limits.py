from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import PASSWORD, sign_in


def signed_in(user):
    client = Client()
    client.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    return sign_in(client, user) if user.memberships.exists() else client


@pytest.mark.parametrize(
    ("who", "minutes", "page"), [("clinician", 15, "/caseload/"), ("patient", 30, "/today/")]
)
def test_it_signs_out_after_idle_minutes_and_brings_you_back(
    people, time_machine, who, minutes, page
):
    time_machine.move_to("2026-03-01 12:00Z")
    client = signed_in(getattr(people, who))
    assert client.get(page).status_code == 200
    time_machine.shift(timedelta(minutes=minutes - 1))
    assert client.get(page).status_code == 200
    time_machine.shift(timedelta(minutes=minutes + 1))
    response = client.get(page)
    assert response.status_code == 302
    query = parse_qs(urlsplit(response.url).query)
    assert query["next"] == [page] and query["expired"] == ["idle"]
    assert AuditEvent.objects.filter(action="auth.session_expired").exists()
    login_page = client.get(response.url)
    assert "pick up where you were" in login_page.content.decode()
    again = client.post(
        response.url, {"username": getattr(people, who).email, "password": PASSWORD, "next": page}
    )
    assert again.status_code == 302


def test_activity_keeps_a_patient_signed_in_until_twelve_hours(people, time_machine):
    time_machine.move_to("2026-03-01 08:00Z")
    client = signed_in(people.patient)
    for _ in range(24):
        time_machine.shift(timedelta(minutes=29))
        assert client.get("/today/").status_code == 200
    time_machine.shift(timedelta(minutes=29))
    response = client.get("/today/")
    assert response.status_code == 302 and "expired=absolute" in response.url


def test_an_expired_form_post_returns_to_the_page_it_came_from(people, time_machine):
    time_machine.move_to("2026-03-01 12:00Z")
    client = signed_in(people.patient)
    time_machine.shift(timedelta(minutes=31))
    response = client.post(
        "/accounts/account/",
        {"full_name": "Pat"},
        HTTP_REFERER="http://testserver/accounts/account/",
    )
    assert parse_qs(urlsplit(response.url).query)["next"] == ["/accounts/account/"]


def test_an_expired_htmx_request_redirects_the_whole_page(people, time_machine):
    time_machine.move_to("2026-03-01 12:00Z")
    client = signed_in(people.patient)
    time_machine.shift(timedelta(minutes=31))
    response = client.get(
        "/today/", HTTP_HX_REQUEST="true", HTTP_REFERER="http://testserver/today/"
    )
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/accounts/login/?next=%2Ftoday%2F")


def test_the_session_check_answers_204_only_when_signed_in(people):
    from afterglow.testing.people import assert_access

    signed_in = dict.fromkeys(
        ("patient", "other_patient", "clinician", "outsider", "foreign", "admin"), 204
    )
    assert_access(people, "/accounts/session/", {"anonymous": 302, **signed_in})
