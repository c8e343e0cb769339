"""Browser journeys of the journal: sharing with the care team, and drafts that survive."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.journal.models import Entry
from afterglow.testing.browser import assert_accessible, screenshot
from afterglow.testing.people import PASSWORD, make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
START = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)


def test_a_shared_entry_reaches_the_care_team_until_it_is_unshared(
    live_server, phone, desktop, time_machine
):
    time_machine.move_to(START, tick=True)
    people = make_people()
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="Journal").click()
    assert_accessible(phone)
    phone.get_by_role("link", name="Answer this prompt").click()
    phone.get_by_label("Your words").fill("I remembered my father's laugh and cried.")
    phone.get_by_label("Joy").check()
    phone.get_by_label("Grief").check()
    assert_accessible(phone)
    phone.get_by_role("button", name="Save entry").click()
    phone.get_by_text("Only you can see this entry.").wait_for()
    phone.get_by_role("button", name="Share with my care team").click()
    phone.get_by_text("Shared with your care team since").wait_for()
    screenshot(phone, "journal-entry-shared")
    entry = Entry.objects.get()
    assert sorted(entry.emotions) == ["grief", "joy"] and entry.prompt is not None

    sign_in_with_code(desktop, base, people.clinician, device)
    shared = f"{base}/journal/patients/{people.pat.pk}/entries/{entry.pk}/"
    desktop.goto(f"{base}/journal/patients/{people.pat.pk}/")
    desktop.get_by_role("link", name=re.compile(entry.written_on.strftime("%B"))).click()
    desktop.get_by_text("my father's laugh").wait_for()
    assert_accessible(desktop)

    phone.get_by_role("button", name="Stop sharing").click()
    phone.get_by_text("Only you can see this entry.").wait_for()
    response = desktop.goto(shared)
    assert response is not None and response.status == 404
    desktop.get_by_role("heading", name="This page isn't here").wait_for()


def test_a_draft_survives_an_expired_session(live_server, phone, time_machine):
    time_machine.move_to(START, tick=True)
    people = make_people()
    base = live_server.url
    patient_signs_in(phone, base, people.patient.email)
    phone.goto(f"{base}/journal/new/")
    body = phone.get_by_label("Your words")
    body.fill("The first half of what I wanted to say")
    expect(phone.locator("#draft-status")).to_contain_text("Draft saved")

    time_machine.move_to(START + timedelta(minutes=45), tick=True)  # the session has expired
    body.press_sequentially(", and the second half.")
    expect(phone.locator("#draft-status")).to_contain_text("Kept safe on this device")
    phone.reload()  # the editor sends the person to sign in again...
    phone.wait_for_url(re.compile(r"/accounts/login/"))
    phone.get_by_label("Email").fill(people.patient.email)
    phone.get_by_label("Password").fill(PASSWORD)
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_url(f"{base}/journal/new/")  # ...and back to where they were
    expect(phone.get_by_label("Your words")).to_have_value(
        "The first half of what I wanted to say, and the second half."
    )
    expect(phone.locator("#draft-status")).to_contain_text("Draft saved")
    screenshot(phone, "journal-draft-restored")
    phone.get_by_role("button", name="Save entry").click()
    phone.get_by_text("Only you can see this entry.").wait_for()
    assert Entry.objects.get().body.endswith("and the second half.")
    phone.wait_for_load_state("load")  # the saved page has run its scripts
    stored = phone.evaluate("Object.keys(localStorage).filter(k => k.startsWith('afterglow-'))")
    assert stored == []
