"""Browser journey (issue 20, the summary for the next visit): on a phone, the patient opens
their summary from the roadmap, leaves out the daily check and one shared entry, writes a
question and shares it; the clinician opens it from the patient's page and prints it, and
what the patient left out is not there."""

from datetime import timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.audit.models import AuditEvent
from afterglow.integration.models import IntegrationSession
from afterglow.testing.browser import screenshot
from afterglow.testing.people import make_people
from afterglow.visits.models import VisitSummary
from afterglow.visits.tests.helpers import NOW, live_a_period

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUESTION = "Is the nausea after a session something to worry about?"


def test_the_patient_shares_a_summary_and_the_clinician_prints_it(
    live_server, phone, desktop, time_machine
):
    people = make_people()
    live_a_period(people, time_machine)
    IntegrationSession.objects.create(
        patient=people.pat, status="scheduled", scheduled_for=NOW + timedelta(days=3)
    )
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    time_machine.move_to(NOW, tick=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="Roadmap").click()
    phone.get_by_role("link", name="Prepare my summary").click()
    phone.get_by_role("heading", name="Your summary for the next visit").wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    phone.get_by_label("Put “Daily check” in my summary").uncheck()
    phone.get_by_label("River morning").uncheck()
    phone.get_by_label("Your questions").fill(QUESTION)
    screenshot(phone, "summary-prepare")
    phone.get_by_role("button", name="Save and share with my care team").click()
    phone.get_by_text("Shared with your care team. They see it as it is now.").wait_for()
    expect(phone.get_by_label("River morning")).not_to_be_checked()
    expect(phone.get_by_role("button", name="Stop sharing")).to_be_visible()
    summary = VisitSummary.objects.get()
    assert summary.is_shared and "daily" not in summary.sections

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.wait_for_url(f"{base}/caseload/")
    desktop.get_by_role("link", name="Pat Patient").click()
    desktop.get_by_role("link", name="Summary for the next visit").click()
    desktop.get_by_role("heading", name="Summary for the next visit: Pat Patient").wait_for()
    expect(desktop.get_by_text(QUESTION)).to_be_visible()
    desktop.get_by_role("link", name="Print view").click()
    desktop.get_by_role("heading", name="Summary for the next visit", exact=True).wait_for()
    main = desktop.locator("main")
    expect(main).to_contain_text(QUESTION)
    expect(main).to_contain_text("Walk to the river")
    expect(main).not_to_contain_text("River morning")
    expect(main).not_to_contain_text("daily check")
    desktop.emulate_media(media="print")
    expect(desktop.locator(".site-header")).to_be_hidden()  # printed without the site's chrome
    expect(desktop.get_by_role("button", name="Print")).to_be_hidden()
    expect(desktop.get_by_text(QUESTION)).to_be_visible()
    screenshot(desktop, "summary-print")
    opened = AuditEvent.objects.filter(actor=people.clinician, patient=people.pat)
    assert {"visit_summary.view", "visit_summary.print"} <= set(
        opened.values_list("action", flat=True)
    )
