"""Browser journey, phone-sized: the patient opens the screener from the check-ups page,
answers yes to a high-risk question, and sees the call-now line and the resources; the
clinician signs in (with a code) and finds the patient first on the caseload, the C-SSRS
level on the flag's badge."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.careteam.tests.test_caseload_listing import add
from afterglow.outcomes.models import Screening
from afterglow.safety.models import Flag, FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.browser import PHONE, assert_accessible, screenshot
from afterglow.testing.people import make_people
from afterglow.testing.treatments import completed_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NOW = datetime(2026, 3, 10, 17, tzinfo=UTC)


def answer(page, number, text):
    group = page.get_by_role("group", name=re.compile(rf"^{re.escape(number)}\. "))
    group.get_by_text(text, exact=True).click()


def test_a_high_risk_answer_reaches_the_care_team_first(live_server, browser, phone, time_machine):
    time_machine.move_to(NOW, tick=True)
    people = make_people()
    # Someone else on Cara's caseload with a safety flag from a check-in, whose name alone
    # would put her first.
    abby = add(people, "Abby Adler")
    session = completed_session(abby, ended=NOW - timedelta(hours=20))
    flag_raise(
        patient=abby,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["self_harm"],
        source=session,
    )
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.get_by_role("link", name="Check-ups").click()
    phone.get_by_role("link", name="A few questions about how safe you feel").click()
    phone.get_by_text("Your answers go to your care team.").wait_for()
    assert not phone.get_by_role("group", name=re.compile(r"^4\. ")).is_visible()  # skip logic
    assert_accessible(phone)
    answer(phone, "1", "Yes")
    answer(phone, "2", "Yes")
    answer(phone, "3", "No")
    answer(phone, "4", "Yes")
    answer(phone, "5", "No")
    answer(phone, "6", "No")
    assert not phone.get_by_role("group", name=re.compile(r"^6a\. ")).is_visible()
    screenshot(phone, "screener-form")
    phone.get_by_role("button", name="Send my answers").click()
    phone.get_by_role("heading", name="Please reach out for help now").wait_for()
    assert phone.get_by_text("Please call or text 988 now, or call 911.").is_visible()
    assert phone.get_by_role("link", name="Call or text 988").is_visible()
    assert phone.get_by_role("link", name=re.compile("^Call Cedar Clinic")).is_visible()
    assert_accessible(phone)
    screenshot(phone, "screener-high")
    screening = Screening.objects.get()
    assert screening.level == "high" and screening.origin == "outcomes"
    assert Flag.objects.get(kind="cssrs").reasons == ["cssrs_high"]

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    clinician = context.new_page()
    clinician.set_default_timeout(10_000)
    try:
        sign_in_with_code(clinician, base, people.clinician, device)
        clinician.wait_for_url(f"{base}/caseload/")
        first = clinician.locator("table.caseload tbody tr").first
        text = first.inner_text()
        assert "Pat Patient" in text and "Safety: C-SSRS screener: high risk" in text
        assert_accessible(clinician)
        screenshot(clinician, "screener-caseload")
        first.get_by_role("link", name="Pat Patient").click()
        clinician.get_by_role("heading", name="Safety screener (C-SSRS)").wait_for()
        assert clinician.locator("#screener").get_by_text("High risk").is_visible()
        assert_accessible(clinician)
    finally:
        context.close()
