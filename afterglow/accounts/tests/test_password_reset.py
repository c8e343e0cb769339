import re

from django.core import mail
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import sign_in

RESET = reverse("accounts:password_reset")
NEW_PASSWORD = "a quieter evening walk"


def test_it_answers_the_same_for_unknown_addresses(people):
    known = Client().post(RESET, {"email": people.patient.email})
    unknown = Client().post(RESET, {"email": "nobody@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known.url == unknown.url == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    page = Client().get(known.url).content.decode()
    assert "If an account uses that address" in page


def test_the_emailed_link_sets_a_new_password(people):
    Client().post(RESET, {"email": people.patient.email})
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body).group(1)
    client = Client()
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
    people.patient.refresh_from_db()
    assert people.patient.check_password(NEW_PASSWORD)
    assert AuditEvent.objects.filter(action="auth.password_reset", actor=people.patient).exists()


def test_a_used_link_offers_a_new_one(people):
    response = Client().get(reverse("accounts:password_reset_confirm", args=["MQ", "bad-token"]))
    assert "Ask for a new link" in response.content.decode()


def test_a_signed_in_person_changes_their_password(people):
    client = sign_in(Client(), people.patient)
    url = reverse("accounts:password_change")
    assert client.get(url).status_code == 200
    short = client.post(
        url,
        {
            "old_password": "a calm and long passphrase",
            "new_password1": "short",
            "new_password2": "short",
        },
    )
    assert short.status_code == 200
    response = client.post(
        url,
        {
            "old_password": "a calm and long passphrase",
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="auth.password_change").exists()
