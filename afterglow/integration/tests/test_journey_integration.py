"""Browser journey: the circle, a focus, a goal from a practice, the therapist's note, Today."""

import re
from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.integration.models import IntegrationSession
from afterglow.journal.models import Prompt
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SCORES = {
    "Emotional": 5,
    "Social": 3,
    "Spiritual": 6,
    "Mental": 6,
    "Physical": 4,
    "Environmental": 7,
    "Financial": 6,
    "Occupational": 5,
}


def test_from_the_circle_to_a_goal_to_the_therapists_tools(
    live_server, phone, desktop, time_machine
):
    time_machine.move_to(datetime(2026, 3, 10, 17, tzinfo=UTC), tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    session = IntegrationSession.objects.create(patient=people.pat, status="scheduled")
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.goto(f"{base}/wellbeing/")
    phone.get_by_role("link", name=re.compile("Take the circle")).click()
    for label, score in SCORES.items():
        phone.get_by_label(label, exact=True).fill(str(score))
    assert_accessible(phone)
    phone.get_by_role("button", name="See my circle").click()
    expect(phone.get_by_role("img", name=re.compile("Radar chart"))).to_be_visible()
    assert_accessible(phone)
    phone.get_by_label("Social", exact=True).check()
    phone.get_by_label("Physical", exact=True).check()
    screenshot(phone, "circle-before-focus")
    phone.get_by_role("button", name="Save my focus").click()
    phone.get_by_text("Your focus is saved").wait_for()
    screenshot(phone, "circle")
    phone.get_by_role("link", name="make it a goal").first.click()
    expect(phone.get_by_label("Your goal")).to_have_value(
        "Reach out to one person you miss this week"
    )
    phone.get_by_label("A first small step").fill("Make a list of three names")
    phone.get_by_label("A second small step").fill("Send one message")
    phone.get_by_role("button", name="Save my goal").click()
    phone.get_by_text("0 of 2 steps done").wait_for()

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.goto(f"{base}/integration/patients/{people.pat.pk}/sessions/{session.pk}/note/")
    desktop.get_by_role("textbox", name=re.compile("^Insights")).fill(
        "Loneliness eases when she reaches out first."
    )
    desktop.get_by_label("Tools for the patient").fill("The two-minute reach-out")
    prompt = Prompt.objects.get(clinic=people.clinic, key="kind-voice")
    desktop.get_by_label("Homework: a journal prompt").select_option(str(prompt.pk))
    assert_accessible(desktop)
    desktop.get_by_role("button", name="Save the note").click()
    desktop.get_by_text("Note saved").wait_for()

    phone.goto(f"{base}/today/")
    phone.get_by_text("The two-minute reach-out").wait_for()
    phone.get_by_text("From your care team").wait_for()
    phone.locator("button.tick", has_text="Make a list of three names").click()
    phone.get_by_text("1 of 2 steps done").wait_for()
    assert_accessible(phone)
    screenshot(phone, "today-tools")
