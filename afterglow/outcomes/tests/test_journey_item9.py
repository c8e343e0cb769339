"""Browser journey: a PHQ-9 with item 9 answered, the crisis page, and the care team's flag."""

import re
from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.outcomes.instruments import PHQ9
from afterglow.safety.models import Flag
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_item_9_reaches_the_care_team_at_the_top_of_the_caseload(
    live_server, phone, desktop, time_machine
):
    time_machine.move_to(datetime(2026, 3, 10, 17, tzinfo=UTC), tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="PHQ-9").click()
    assert_accessible(phone)
    answers = [1, 2, 1, 1, 0, 1, 0, 0, 1]
    for n, value in enumerate(answers):
        group = phone.get_by_role("group", name=re.compile(rf"^{n + 1}\. "))
        group.get_by_text(
            {0: "Not at all", 1: "Several days", 2: "More than half the days"}[value],
            exact=True,
        ).click()
    phone.get_by_role("button", name="Send my answers").click()
    phone.get_by_role("heading", name="Thank you for your honest answers").wait_for()
    assert phone.get_by_role("link", name="Call or text 988").is_visible()
    assert_accessible(phone)
    screenshot(phone, "phq9-item9")
    assert Flag.objects.get().kind == "phq9_item9"
    assert PHQ9.items[8] in PHQ9.items

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.wait_for_url(f"{base}/caseload/")
    first = desktop.locator("table.caseload tbody tr").first
    assert "Pat Patient" in first.inner_text() and "Safety: PHQ-9 item 9" in first.inner_text()
    first.get_by_role("link", name="Pat Patient").click()
    desktop.get_by_role("button", name="Acknowledge").click()
    desktop.get_by_text("Acknowledged by Cara Clinician").wait_for()
    desktop.get_by_role("link", name="Trends and answers").click()
    desktop.get_by_role("img", name=re.compile("PHQ-9 scores over time")).wait_for()
    assert_accessible(desktop)
    screenshot(desktop, "phq9-trends")
