"""Browser journey, phone-sized, at 3 AM: a patient writes an entry that sounds heavy, is asked
gently, takes the safety screener, answers yes to a high-risk question and sees the resources;
the clinician finds the patient first on the caseload with the level on the flag."""

import re
from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.outcomes.models import Screening
from afterglow.outcomes.tests.test_journey_screener import answer
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NIGHT = datetime(2026, 3, 11, 9, tzinfo=UTC)  # 3 AM in Chicago, Pat's time zone

ENTRY = (
    "Couldn't sleep again. Walked the kitchen in the dark for an hour. Honestly I think "
    "everyone would be better off without me, and I don't see how this ever gets better."
)


def test_an_entry_that_sounds_heavy_leads_gently_to_the_screener(
    live_server, phone, desktop, time_machine
):
    time_machine.move_to(NIGHT, tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.goto(f"{base}/journal/new/")
    phone.get_by_label("Your words").fill(ENTRY)
    phone.get_by_role("button", name="Save entry").click()
    phone.get_by_text("Some of what you wrote sounds heavy.").wait_for()
    assert TextCheck.objects.get().level == "concern" and not Flag.objects.exists()
    assert_accessible(phone)
    screenshot(phone, "language-concern")

    phone.get_by_role("link", name="Yes, ask me the questions").click()
    phone.get_by_text("Your answers go to your care team.").wait_for()
    for number, said in (("1", "Yes"), ("2", "Yes"), ("3", "No"), ("4", "Yes"), ("5", "No")):
        answer(phone, number, said)
    answer(phone, "6", "No")
    phone.get_by_role("button", name="Send my answers").click()
    phone.get_by_role("heading", name="Please reach out for help now").wait_for()
    assert phone.get_by_role("link", name="Call or text 988").is_visible()
    assert_accessible(phone)
    screenshot(phone, "language-screener-high")
    assert Screening.objects.get().origin == "concern"

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.wait_for_url(f"{base}/caseload/")
    first = desktop.locator("table.caseload tbody tr").first
    assert re.search(r"Pat Patient[\s\S]*C-SSRS screener: high risk", first.inner_text())
    assert_accessible(desktop)
    screenshot(desktop, "language-caseload")


def test_not_now_is_kept_and_the_entry_saved(live_server, phone, time_machine):
    time_machine.move_to(NIGHT, tick=True)
    people = make_people()
    patient_signs_in(phone, live_server.url, people.patient.email)
    phone.goto(f"{live_server.url}/journal/new/")
    phone.get_by_label("Your words").fill(ENTRY)
    phone.get_by_role("button", name="Save entry").click()
    phone.get_by_role("button", name="Not now").click()
    phone.get_by_text("That's okay.").wait_for()
    assert_accessible(phone)
    assert TextCheck.objects.get().declined_at is not None
    assert people.pat.journal_entries.get().body == ENTRY
