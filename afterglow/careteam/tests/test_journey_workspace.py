"""Browser journey: a clinician's morning with the caseload, a timeline and the REMS form."""

from datetime import UTC, datetime, timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.integration.models import IntegrationSession
from afterglow.journal.services import entry_share
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.journal import write
from afterglow.testing.people import make_people
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import MonitoringRecord

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOW = datetime(2026, 3, 10, 17, tzinfo=UTC)


def safety_flag_after_a_session(patient):
    session = completed_session(patient, ended=NOW - timedelta(hours=20))
    flag_raise(
        patient=patient,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["severe_headache"],
        source=session,
    )


def test_a_clinicians_morning(live_server, desktop, time_machine):
    time_machine.move_to(NOW, tick=True)
    people = make_people()
    from afterglow.clinics.models import CareTeamMember

    CareTeamMember.objects.create(patient=people.other_patient.patient, clinician=people.clinician)
    safety_flag_after_a_session(people.pat)
    entry = write(people.pat, title="After the session", body="I saw the sea again.")
    entry_share(entry=entry, shared=True, request=None)
    integration = IntegrationSession.objects.create(patient=people.pat, status="scheduled")
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    sign_in_with_code(desktop, base, people.clinician, device)
    desktop.wait_for_url(f"{base}/caseload/")
    first = desktop.locator("table.caseload tbody tr").first
    assert "Pat Patient" in first.inner_text() and "Safety" in first.inner_text()
    assert_accessible(desktop)
    first.get_by_role("link", name="Pat Patient").click()
    desktop.get_by_role("heading", name="Timeline").wait_for()
    assert_accessible(desktop)
    desktop.locator(".timeline-list").get_by_role("link", name="After the session").click()
    desktop.get_by_text("I saw the sea again.").wait_for()

    desktop.goto(f"{base}/integration/patients/{people.pat.pk}/sessions/{integration.pk}/note/")
    desktop.get_by_label("Tools for the patient").fill("Three slow breaths before replying")
    desktop.get_by_role("button", name="Save the note").click()
    desktop.get_by_text("Note saved").wait_for()

    desktop.goto(f"{base}/caseload/{people.pat.pk}/")
    desktop.get_by_role("link", name="REMS record needed").click()
    desktop.get_by_role("group", name="Dose given").get_by_label("84 mg").check()
    desktop.get_by_label("Lot number", exact=True).fill("ESK-2291")
    for moment, systolic, diastolic in (
        ("Blood pressure before dosing", "126", "80"),
        ("Blood pressure about 40 minutes after", "148", "90"),
        ("Blood pressure before discharge", "131", "82"),
    ):
        group = desktop.get_by_role("group", name=moment)
        group.get_by_label("Systolic").fill(systolic)
        group.get_by_label("Diastolic").fill(diastolic)
    desktop.get_by_label("Total monitoring time (minutes)", exact=True).fill("130")
    desktop.get_by_label("Dissociation", exact=True).check()
    assert_accessible(desktop)
    desktop.get_by_role("button", name="Save the record").click()
    desktop.get_by_role("heading", name="SPRAVATO REMS monitoring summary").wait_for()
    assert "148/90 mmHg" in desktop.content()
    desktop.emulate_media(media="print")
    expect(desktop.locator(".site-header")).to_be_hidden()  # printed without the site's chrome
    screenshot(desktop, "rems-summary-print")
    assert MonitoringRecord.objects.get().lot_number == "ESK-2291"


def test_on_a_phone_the_caseload_is_a_card_for_each_patient(live_server, phone, time_machine):
    time_machine.move_to(NOW, tick=True)
    people = make_people()
    safety_flag_after_a_session(people.pat)
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    sign_in_with_code(phone, base, people.clinician, device)
    phone.wait_for_url(f"{base}/caseload/")
    wrap = phone.locator(".table-wrap")
    # Nothing to scroll sideways: the rows stack as cards within the screen's width.
    assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth")
    card = phone.locator("table.caseload tbody tr").first
    assert card.evaluate("el => getComputedStyle(el).display") == "block"
    label = card.locator('td[data-label="Last session"]')
    assert label.evaluate("el => getComputedStyle(el, '::before').content") == '"Last session: "'
    assert "Safety" in card.inner_text()
    assert_accessible(phone)
    screenshot(phone, "caseload-phone")
