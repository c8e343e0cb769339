"""Browser journeys in headless Chromium, each page checked with axe."""

import re

import pytest
from django.core import mail
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_two_factor import code_for
from afterglow.clinics.models import Patient
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import PASSWORD, make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEW_PASSWORD = "mornings feel lighter now"


def sign_in_with_code(page, base, user, device):
    page.goto(f"{base}/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/accounts/two-step/"))
    assert_accessible(page)
    page.get_by_label("Code").fill(code_for(device))
    page.get_by_role("button", name="Continue").click()


def test_an_admin_invites_a_patient_who_accepts_and_sees_today(live_server, desktop, phone):
    people = make_people()
    device = TOTPDevice.objects.create(user=people.admin, name="app", confirmed=True)
    sign_in_with_code(desktop, live_server.url, people.admin, device)
    desktop.wait_for_url(f"{live_server.url}/clinic/")
    assert_accessible(desktop)
    desktop.get_by_role("link", name="Invite someone").click()
    assert_accessible(desktop)
    desktop.get_by_label("Email").fill("river@example.com")
    desktop.get_by_label("Full name").fill("River Stone")
    desktop.get_by_label("Role").select_option("patient")
    desktop.get_by_label("Cara Clinician").check()
    desktop.get_by_role("button", name="Send invitation").click()
    desktop.get_by_text("Invitation sent to river@example.com").wait_for()
    screenshot(desktop, "admin-invited")

    link = re.search(r"http://\S+/accounts/invitation/\S+/", mail.outbox[-1].body).group(0)
    link = re.sub(r"^http://[^/]+", live_server.url, link)
    phone.goto(link)
    assert_accessible(phone)
    phone.get_by_label("What should we call you?").fill("River")
    phone.get_by_label("Your time zone").select_option("America/Los_Angeles")
    phone.get_by_label("Choose a password").fill(NEW_PASSWORD)
    phone.get_by_label("Type it again").fill(NEW_PASSWORD)
    phone.get_by_role("button", name="Create my account").click()
    phone.wait_for_url(f"{live_server.url}/today/")
    assert Patient.objects.get(user__email="river@example.com").care_team.get() == people.clinician

    phone.get_by_role("button", name="Sign out").click()
    phone.wait_for_url(re.compile(r"/accounts/login/"))
    phone.get_by_label("Email").fill("river@example.com")
    phone.get_by_label("Password").fill(NEW_PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(f"{live_server.url}/today/")
    phone.get_by_role("heading", name=re.compile("River")).wait_for()
    assert phone.get_by_text("In crisis? Call or text").is_visible()
    assert_accessible(phone)
    screenshot(phone, "patient-today")


def test_a_clinician_signs_in_with_a_code(live_server, desktop):
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    sign_in_with_code(desktop, live_server.url, people.clinician, device)
    desktop.wait_for_url(f"{live_server.url}/caseload/")
    desktop.get_by_role("link", name="Pat Patient").wait_for()
    assert_accessible(desktop)
    screenshot(desktop, "clinician-caseload")
