"""Every page of the clinic admin, and the first-run page, in headless Chromium: each passes
axe, and each is kept as a screenshot when asked (AFTERGLOW_SCREENSHOTS)."""

import re

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.journal.models import Prompt
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_each_admin_page_is_accessible(live_server, desktop, phone):
    people = make_people()
    device = TOTPDevice.objects.create(user=people.admin, name="app", confirmed=True)
    sign_in_with_code(desktop, live_server.url, people.admin, device)
    desktop.wait_for_url(f"{live_server.url}/clinic/")
    prompt = Prompt.objects.filter(clinic=people.clinic).first()
    pages = {
        "staff": "/clinic/staff/",
        "staff-member": f"/clinic/staff/{people.clinician.pk}/",
        "patients": "/clinic/patients/",
        "care-team": f"/clinic/patients/{people.pat.pk}/care-team/",
        "import": "/clinic/patients/import/",
        "invite": "/clinic/invitations/new/?role=patient",
        "settings": "/clinic/settings/",
        "prompts": "/clinic/content/prompts/",
        "prompt": f"/clinic/content/prompts/{prompt.pk}/",
        "self-care": "/clinic/content/self-care/",
        "new-self-care": "/clinic/content/self-care/new/",
        "safety-rules": "/clinic/content/safety-rules/",
    }
    for name, path in pages.items():
        desktop.goto(live_server.url + path)
        assert_accessible(desktop)
        screenshot(desktop, f"admin-{name}")
    # A file with problems: the preview marks each row and offers nothing to send.
    desktop.goto(f"{live_server.url}/clinic/patients/import/")
    desktop.get_by_label("CSV file").set_input_files(
        {
            "name": "patients.csv",
            "mimeType": "text/csv",
            "buffer": b"email,full_name,clinicians\nnope,No One,\npat@example.com,Pat,\n"
            b"ok@example.com,Okay,nobody@example.com\n",
        }
    )
    desktop.get_by_role("button", name="Check the file").click()
    desktop.get_by_text("3 rows need a fix").wait_for()
    assert desktop.get_by_role("button", name=re.compile("Send")).count() == 0
    assert_accessible(desktop)
    screenshot(desktop, "admin-import-errors")
    # The same pages on a phone (the same sign-in: a code is good once).
    phone.context.add_cookies(desktop.context.cookies())
    for name in ("staff", "patients"):
        phone.goto(live_server.url + pages[name])
        assert_accessible(phone)
        screenshot(phone, f"admin-phone-{name}")


def test_the_first_run_page_and_the_two_step_pause_are_accessible(live_server, desktop):
    desktop.goto(f"{live_server.url}/accounts/login/")
    desktop.get_by_role("link", name="Set up the first clinic").click()
    desktop.wait_for_url(f"{live_server.url}/setup/")
    assert_accessible(desktop)
    screenshot(desktop, "first-run")
    desktop.get_by_label("Setup code").fill("AAAA-BBBB-CCCC-DDDD")
    desktop.get_by_label("Clinic name").fill("Hazel Clinic")
    desktop.get_by_label("Clinic time zone").select_option("America/Chicago")
    desktop.get_by_label("First admin's full name").fill("Hal Admin")
    desktop.get_by_label("First admin's email").fill("hal@example.com")
    desktop.get_by_role("button", name="Create the clinic").click()
    desktop.get_by_text("isn't the setup code").wait_for()
    assert_accessible(desktop)
    screenshot(desktop, "first-run-wrong-code")

    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=9, throttling_failure_timestamp=timezone.now()
    )
    sign_in_with_code(desktop, live_server.url, people.clinician, device)
    desktop.get_by_text("Too many codes that didn't work").wait_for()
    assert_accessible(desktop)
    screenshot(desktop, "two-step-paused")
