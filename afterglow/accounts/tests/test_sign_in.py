import pytest
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import PASSWORD

LOGIN = reverse("accounts:login")


def post_login(client, email, password):
    return client.post(LOGIN, {"username": email, "password": password}, REMOTE_ADDR="10.0.0.1")


def test_it_says_the_same_whether_or_not_the_account_exists(people):
    wrong_password = post_login(Client(), people.patient.email, "not the password at all")
    no_account = post_login(Client(), "nobody@example.com", "not the password at all")
    assert wrong_password.status_code == no_account.status_code == 200
    message = "That email and password don&#x27;t match an account"
    assert message in wrong_password.content.decode()
    assert message in no_account.content.decode()
    # What was typed stays in the form (but never the password).
    assert "nobody@example.com" in no_account.content.decode()
    assert "not the password" not in no_account.content.decode()


def test_it_signs_a_patient_in_and_records_it(people):
    client = Client()
    response = post_login(client, people.patient.email, PASSWORD)
    assert response.status_code == 302
    assert client.get(response.url, follow=True).request["PATH_INFO"] == "/today/"
    assert AuditEvent.objects.filter(action="auth.login", actor=people.patient).exists()


def test_it_records_a_failed_login_without_what_was_typed(people):
    post_login(Client(), people.patient.email, "wrong-password-123")
    event = AuditEvent.objects.get(action="auth.login_failed")
    assert event.detail == {"user_id": people.patient.pk}
    assert "wrong-password" not in event.canonical()


def test_it_locks_out_after_ten_failures_then_lets_in_after_the_cool_off(people, time_machine):
    time_machine.move_to("2026-03-01 12:00Z", tick=True)
    client = Client()
    for _ in range(9):
        assert post_login(client, people.patient.email, "wrong-password-123").status_code == 200
    locked = post_login(client, people.patient.email, "wrong-password-123")
    assert locked.status_code == 429
    assert "15 minutes" in locked.content.decode()
    # Even the right password waits for the cool-off...
    assert post_login(client, people.patient.email, PASSWORD).status_code == 429
    assert AuditEvent.objects.filter(action="auth.lockout").exists()
    # ...and the lock is never permanent.
    time_machine.shift(16 * 60)
    assert post_login(client, people.patient.email, PASSWORD).status_code == 302


def test_the_lockout_is_per_username_and_address(people):
    for _ in range(10):
        post_login(Client(), people.patient.email, "wrong-password-123")
    other_place = Client().post(
        LOGIN, {"username": people.patient.email, "password": PASSWORD}, REMOTE_ADDR="10.9.9.9"
    )
    assert other_place.status_code == 302


def test_signing_out_clears_the_browser_copy_of_drafts(people):
    client = Client()
    post_login(client, people.patient.email, PASSWORD)
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert AuditEvent.objects.filter(action="auth.logout").exists()


def test_the_django_admin_signs_in_through_afterglow(db):
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/"


@pytest.mark.parametrize("path", ["/today/", "/caseload/", "/clinic/", "/accounts/account/"])
def test_private_pages_send_anonymous_visitors_to_sign_in(db, path):
    response = Client().get(path)
    assert response.status_code == 302
    assert response.url.startswith(f"{LOGIN}?next=")
