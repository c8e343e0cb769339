"""Browser journey, phone-sized: the patient makes a companion link before a session, it opens
in a fresh browser without signing in, then they turn it off and it says so kindly; over
three days they fill the daily check and see the three on their mood chart."""

from datetime import UTC, datetime, timedelta

import pytest

from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.outcomes.models import DailyCheck
from afterglow.testing.browser import PHONE, assert_accessible, check_loaded_page, screenshot, watch
from afterglow.testing.people import make_people
from afterglow.testing.treatments import scheduled_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
MORNING = datetime(2026, 3, 11, 15, tzinfo=UTC)  # 10 AM in Chicago


@pytest.fixture
def stranger(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    check_loaded_page(page)
    context.close()


def test_a_companion_link_and_three_daily_checks(live_server, phone, stranger, time_machine):
    time_machine.move_to(MORNING, tick=True)
    people = make_people()
    scheduled_session(people.pat, starts=MORNING + timedelta(days=1))
    base = live_server.url

    patient_signs_in(phone, base, people.patient.email)
    phone.goto(f"{base}/aftercare/companion/")
    phone.get_by_role("button", name="Make a link").click()
    link = phone.get_by_label("Link for your companion").input_value()
    assert "/companion/" in link
    screenshot(phone, "companion-made")

    stranger.goto(link)
    stranger.get_by_role("heading", name="Thank you for being with Pat").wait_for()
    assert stranger.get_by_text("until the next day, after a restful night's sleep").count() == 1
    assert stranger.get_by_role("heading", name="Driving").is_visible()
    assert_accessible(stranger)
    screenshot(stranger, "companion-guide")

    phone.get_by_role("button", name="Turn it off").click()
    phone.get_by_text("The link is turned off.").wait_for()
    response = stranger.goto(link)
    assert response.status == 410
    stranger.get_by_role("heading", name="This link has ended").wait_for()

    for day, mood in enumerate(("4", "3", "5")):
        if day:
            time_machine.move_to(MORNING + timedelta(days=day), tick=True)
            patient_signs_in(phone, base, people.patient.email)
        phone.goto(f"{base}/outcomes/daily/")
        phone.get_by_role("heading", name="How are you today?").wait_for()
        phone.locator(f"input[name=mood][value='{mood}']").check()
        phone.get_by_role("button", name="Save").click()
        phone.get_by_text("Saved.").wait_for()
    assert DailyCheck.objects.count() == 3
    phone.goto(f"{base}/outcomes/mood/?range=week")
    phone.get_by_role("img", name="Line chart of mood over time").wait_for()
    assert phone.locator("td.mood").count() == 3
    screenshot(phone, "mood-over-time")
