"""Browser journey, phone-sized: a patient writes to their care team in words that sound like
crisis, sees the resources and asks the team to look first; the clinician, on a phone too,
sees the flag and the unread message on the caseload, reads and replies; the patient reads
the reply."""

from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.conversations.models import Message
from afterglow.safety.models import Flag
from afterglow.testing.browser import PHONE, assert_accessible, check_loaded_page, screenshot, watch
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
MORNING = datetime(2026, 3, 11, 15, tzinfo=UTC)  # 10 AM in Chicago
WORDS = "I have been saving my pills and tonight I want to end it all"


@pytest.fixture
def clinician_phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    check_loaded_page(page)
    context.close()


def test_a_message_reaches_the_care_team_and_the_reply_comes_back(
    live_server, phone, clinician_phone, time_machine
):
    time_machine.move_to(MORNING, tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="Messages").click()
    phone.get_by_role("heading", name="Messages with your care team").wait_for()
    assert phone.get_by_text("call or text 988, or call 911").is_visible()
    phone.get_by_label("Your message").fill(WORDS)
    phone.get_by_role("button", name="Send").click()
    phone.get_by_text("Your message is sent.").wait_for()
    assert phone.get_by_role("link", name="Call or text 988").first.is_visible()
    assert_accessible(phone)
    screenshot(phone, "messages-crisis")
    phone.get_by_role("button", name="Let my care team know").click()
    phone.get_by_text("as they see every message").wait_for()
    assert Flag.objects.get().severity == "safety"

    sign_in_with_code(clinician_phone, base, people.clinician, device)
    clinician_phone.wait_for_url(f"{base}/caseload/")
    first = clinician_phone.locator("table.caseload tbody tr").first
    text = first.inner_text()
    assert "Pat Patient" in text and "1 unread message" in text and "Safety" in text
    screenshot(clinician_phone, "messages-caseload")
    first.get_by_role("link", name="Pat Patient").click()
    clinician_phone.get_by_role("link", name="Messages").click()
    clinician_phone.get_by_text(WORDS).wait_for()
    clinician_phone.get_by_label("Your message").fill("Pat, I'm calling you now. Please pick up.")
    clinician_phone.get_by_role("button", name="Send").click()
    clinician_phone.get_by_text("Sent.").wait_for()
    clinician_phone.goto(f"{base}/caseload/")
    assert "unread" not in clinician_phone.locator("table.caseload tbody tr").first.inner_text()

    phone.get_by_role("link", name="Messages").click()
    phone.get_by_text("I'm calling you now").wait_for()
    assert phone.get_by_text("Cara Clinician").is_visible()
    screenshot(phone, "messages-reply")
    assert Message.objects.count() == 2
