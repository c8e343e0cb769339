import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from afterglow.accounts.models import Invitation, User
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import Membership, Patient
from afterglow.testing.people import assert_access, sign_in

NEW = reverse("clinics:invitation_new")
GOOD_PASSWORD = "slow mornings by the river"


def invite(client, **data):
    response = client.post(NEW, data)
    assert response.status_code == 302, response.content.decode()
    link = re.search(r"http://testserver(/accounts/invitation/\S+/)", mail.outbox[-1].body)
    assert link
    return link.group(1)


def accept(link, **overrides):
    data = {
        "full_name": "Nova New",
        "preferred_name": "Nova",
        "time_zone": "America/Denver",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        **overrides,
    }
    client = Client()
    return client, client.post(link, data)


def test_an_admin_invites_a_clinician(people):
    client = sign_in(Client(), people.admin)
    link = invite(client, email="new@example.com", full_name="Nova New", role="clinician")
    assert "Cedar Clinic" in mail.outbox[-1].body
    client, response = accept(link)
    assert response.status_code == 302
    user = User.objects.get(email="new@example.com")
    assert Membership.objects.filter(user=user, role="clinician", clinic=people.clinic).exists()
    assert AuditEvent.objects.filter(action="role.grant").exists()
    assert AuditEvent.objects.filter(action="invitation.accept", actor=user).exists()


def test_a_clinician_invites_a_patient_onto_their_own_care_team(people):
    client = sign_in(Client(), people.clinician)
    link = invite(client, email="nova@example.com", full_name="Nova New", role="patient")
    client, response = accept(link)
    assert response.status_code == 302
    assert client.get("/", follow=True).request["PATH_INFO"] == "/today/"
    patient = Patient.objects.get(user__email="nova@example.com")
    assert list(patient.care_team.all()) == [people.clinician]
    assert patient.user.time_zone == "America/Denver"


def test_an_admin_chooses_the_care_team(people):
    client = sign_in(Client(), people.admin)
    link = invite(
        client,
        email="nova@example.com",
        full_name="Nova New",
        role="patient",
        care_team=[people.clinician.pk, people.outsider.pk],
    )
    accept(link)
    patient = Patient.objects.get(user__email="nova@example.com")
    assert set(patient.care_team.all()) == {people.clinician, people.outsider}


def test_a_clinician_cannot_invite_staff(people):
    response = sign_in(Client(), people.clinician).post(
        NEW, {"email": "x@example.com", "full_name": "X", "role": "admin"}
    )
    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    assert not Invitation.objects.exists()


def test_invitation_page_authorization(people):
    assert_access(
        people,
        NEW,
        {"anonymous": 302, "clinician": 200, "outsider": 200, "foreign": 200, "admin": 200},
    )


def test_the_link_works_once(people):
    link = invite(
        sign_in(Client(), people.admin), email="n@example.com", full_name="N", role="patient"
    )
    accept(link)
    _, again = accept(link)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()


def test_an_expired_link_says_how_to_get_a_new_one(people):
    link = invite(
        sign_in(Client(), people.admin), email="n@example.com", full_name="N", role="patient"
    )
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = Client().get(link)
    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert "send you a new one" in response.content.decode()


def test_an_unknown_or_revoked_link_is_refused(people):
    assert Client().get("/accounts/invitation/not-a-real-token/").status_code == 410
    client = sign_in(Client(), people.admin)
    link = invite(client, email="n@example.com", full_name="N", role="patient")
    invitation = Invitation.objects.get()
    assert (
        client.post(reverse("clinics:invitation_revoke", args=[invitation.pk])).status_code == 302
    )
    assert Client().get(link).status_code == 410


def test_revoke_authorization(people):
    client = sign_in(Client(), people.admin)
    invite(client, email="n@example.com", full_name="N", role="patient")
    url = reverse("clinics:invitation_revoke", args=[Invitation.objects.get().pk])
    assert_access(people, url, {"anonymous": 302, "admin": 302}, method="post")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short pass", "too short"),
        ("password1234", "too common"),
        (GOOD_PASSWORD + "x", "not the same"),
    ],
)
def test_a_weak_or_mismatched_password_keeps_what_was_typed(people, password, message):
    link = invite(
        sign_in(Client(), people.admin), email="n@example.com", full_name="N", role="patient"
    )
    overrides = {"password1": password}
    if message != "not the same":
        overrides["password2"] = password
    _, response = accept(link, **overrides)
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert 'value="Nova New"' in body and 'value="Nova"' in body
    assert not User.objects.filter(email="n@example.com").exists()


def test_an_existing_email_cannot_be_invited_again(people):
    response = sign_in(Client(), people.admin).post(
        NEW, {"email": people.patient.email, "full_name": "Pat", "role": "patient"}
    )
    assert "already has an account" in response.content.decode()
