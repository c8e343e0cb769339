"""Browser journey: a Spravato session, the first 24 hours, and a red flag the next morning."""

import re
from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.safety.models import Flag
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import PASSWORD, make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOON = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # noon in Chicago
NEXT_MORNING = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)  # 9 am in Chicago


def patient_signs_in(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/today/")


def test_the_first_day_after_a_spravato_session(live_server, desktop, phone, time_machine):
    time_machine.move_to(NOON, tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.get_by_role("link", name="Pat Patient").click()
    desktop.get_by_role("link", name="Record or schedule a session").click()
    assert_accessible(desktop)
    desktop.get_by_label("Modality").select_option("spravato")
    desktop.get_by_label("Status").select_option("completed")
    desktop.get_by_label("Starts").fill("2026-03-10T09:00")
    desktop.get_by_label("Ends").fill("2026-03-10T11:00")
    desktop.get_by_label("Dose (mg)").fill("56")
    desktop.get_by_role("button", name="Save session").click()
    desktop.get_by_text("Session saved.").wait_for()

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("heading", name="Safety first").wait_for()
    assert phone.get_by_text("No driving or machinery until tomorrow").is_visible()
    assert_accessible(phone)
    phone.get_by_label("Tired").check()
    phone.get_by_role("button", name="Update my plan").click()
    phone.get_by_text("Let rest lead today").wait_for()
    first = phone.locator(".checklist button.tick").first
    assert "Rest" in first.inner_text()
    first.click()
    phone.locator("button.tick[aria-pressed='true']").first.wait_for()
    phone.locator(".checklist button.tick[aria-pressed='false']").first.click()
    expect(phone.locator("button.tick[aria-pressed='true']")).to_have_count(2)
    assert_accessible(phone)
    screenshot(phone, "first-day-plan")

    time_machine.move_to(NEXT_MORNING, tick=True)
    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="How did you sleep, and how are you now?").click()
    assert_accessible(phone)
    phone.get_by_text("Okay", exact=True).click()
    phone.get_by_text("Poorly").click()
    phone.get_by_label("Chest pain").check()
    phone.get_by_role("button", name="Send my check-in").click()
    phone.get_by_role("heading", name=re.compile("Please reach someone now")).wait_for()
    assert phone.get_by_role("link", name="Call 911").is_visible()
    assert_accessible(phone)
    screenshot(phone, "red-flag")
    assert Flag.objects.get().reasons == ["chest_pain"]

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.wait_for_url(f"{base}/caseload/")
    first_row = desktop.locator("table.caseload tbody tr").first
    assert "Pat Patient" in first_row.inner_text()
    assert "Safety: Chest pain" in first_row.inner_text()
    screenshot(desktop, "caseload-flag")
    first_row.get_by_role("link", name="Pat Patient").click()
    desktop.get_by_role("button", name="Acknowledge").click()
    desktop.get_by_text("Acknowledged by Cara Clinician").wait_for()
    assert_accessible(desktop)
