from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import PASSWORD, sign_in

SETUP = reverse("accounts:mfa_setup")
VERIFY = reverse("accounts:mfa_verify")


def password_step(client, user):
    response = client.post(
        reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    return response


def code_for(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def test_staff_without_a_device_are_sent_to_enrolment_after_the_password(people):
    client = Client()
    password_step(client, people.clinician)
    response = client.get("/caseload/")
    assert response.status_code == 302
    assert response.url == f"{SETUP}?next={quote('/caseload/', safe='')}"


def test_staff_enrol_with_a_qr_code_and_get_backup_codes(people):
    client = Client()
    password_step(client, people.clinician)
    page = client.get(SETUP)
    assert page.status_code == 200 and "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=people.clinician, confirmed=False)
    wrong = client.post(SETUP, {"token": "000000" if code_for(device) != "000000" else "111111"})
    assert "didn&#x27;t match" in wrong.content.decode()
    # django-otp slows down guessing after a failure; a person waits, the test resets it.
    TOTPDevice.objects.update(throttling_failure_count=0)
    done = client.post(SETUP, {"token": code_for(device), "next": "/caseload/"})
    assert done.status_code == 200
    assert len(done.context["codes"]) == 10
    assert client.get("/caseload/").status_code == 200
    assert AuditEvent.objects.filter(action="auth.mfa_enrolled", actor=people.clinician).exists()


def enrolled(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="app", confirmed=True)


def test_a_user_with_a_device_must_type_a_code(people):
    device = enrolled(people.clinician)
    client = Client()
    password_step(client, people.clinician)
    assert client.get("/caseload/").url.startswith(VERIFY)
    bad = client.post(VERIFY, {"token": "12345x"})
    assert bad.status_code == 200 and "didn&#x27;t work" in bad.content.decode()
    assert AuditEvent.objects.filter(action="auth.mfa_failed").exists()
    TOTPDevice.objects.update(throttling_failure_count=0)
    good = client.post(VERIFY, {"token": code_for(device), "next": "/caseload/"})
    assert good.status_code == 302 and good.url == "/caseload/"
    assert client.get("/caseload/").status_code == 200


def test_a_backup_code_works_once(people):
    enrolled(people.patient)
    client = sign_in(Client(), people.patient)
    codes = client.post(reverse("accounts:mfa_backup_codes")).context["codes"]
    assert StaticToken.objects.count() == 10
    client = Client()
    password_step(client, people.patient)
    assert client.post(VERIFY, {"token": codes[0]}).status_code == 302
    client = Client()
    password_step(client, people.patient)
    assert client.post(VERIFY, {"token": codes[0]}).status_code == 200


def test_patients_are_offered_two_step_but_not_forced(people):
    client = Client()
    password_step(client, people.patient)
    assert client.get("/today/").status_code == 200
    page = client.get(reverse("accounts:account"))
    assert "Turn on two-step sign-in" in page.content.decode()


def test_patients_may_turn_it_off_staff_may_not(people):
    enrolled(people.patient)
    enrolled(people.clinician)
    sign_in(Client(), people.patient).post(reverse("accounts:mfa_disable"))
    assert not TOTPDevice.objects.filter(user=people.patient).exists()
    sign_in(Client(), people.clinician).post(reverse("accounts:mfa_disable"))
    assert TOTPDevice.objects.filter(user=people.clinician).exists()


def test_the_verify_page_lets_through_someone_who_owes_no_code(people):
    response = sign_in(Client(), people.patient).get(f"{VERIFY}?next=/today/")
    assert response.status_code == 302 and response.url == "/today/"


def test_backup_codes_need_a_device_first(people):
    response = sign_in(Client(), people.patient).post(reverse("accounts:mfa_backup_codes"))
    assert response.status_code == 302


@pytest.mark.parametrize("who", ["clinician", "outsider"])
def test_a_clinic_admin_can_reset_a_staff_members_two_step(people, who):
    target = getattr(people, who)
    enrolled(target)
    url = reverse("clinics:staff_mfa_reset", args=[target.pk])
    response = sign_in(Client(), people.admin).post(url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=target).exists()
    assert AuditEvent.objects.filter(action="auth.mfa_reset").count() == 1


def test_staff_mfa_reset_authorization(people):
    from afterglow.testing.people import assert_access

    url = reverse("clinics:staff_mfa_reset", args=[people.clinician.pk])
    assert_access(people, url, {"anonymous": 302, "admin": 302}, method="post")
    foreign = reverse("clinics:staff_mfa_reset", args=[people.foreign.pk])
    assert_access(people, foreign, {"anonymous": 302}, method="post")
