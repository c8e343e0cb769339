"""Browser journeys: the demo clinic as a new user meets it, at 3 AM on a phone and on the
morning of a session at a desk (issue 17: what a new user stumbled on). axe checks every page
on the way (afterglow.testing.browser)."""

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django_otp.oath import TOTP
from playwright.sync_api import expect

from afterglow.clinics.demo import DEMO_PASSWORD, DEMO_TOTP_HEX
from afterglow.clinics.models import Patient
from afterglow.journal.models import BODY_MAX
from afterglow.outcomes.selectors import due
from afterglow.reminders.delivery import Item, create
from afterglow.testing.browser import PHONE, check_loaded_page, screenshot, watch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
NEW_YORK = ZoneInfo("America/New_York")
WEDNESDAY_3_AM = datetime(2026, 3, 11, 3, 0, tzinfo=NEW_YORK)
THURSDAY_8_AM = datetime(2026, 3, 12, 8, 0, tzinfo=NEW_YORK)  # Priya is booked at 9


def demo_at(time_machine, moment):
    time_machine.move_to(moment.astimezone(UTC), tick=True)
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def sign_in(page, base, who):
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(f"{who}@demo.afterglow.test")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page):
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))


def rendered_font_px(page, selector):
    """The size a chart's text is drawn at: its font size times the SVG's scale."""
    return page.evaluate(
        """(selector) => {
            const svg = document.querySelector(selector);
            const text = svg.querySelector("text");
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(text.getAttribute("font-size")) * scale;
        }""",
        selector,
    )


@pytest.fixture
def phone_in_tokyo(browser):
    """A phone whose own clock is in Tokyo, while the patient's profile is in New York."""
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, timezone_id="Asia/Tokyo"
    )
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    check_loaded_page(page)
    context.close()


def test_a_patient_at_3_am_on_a_phone(live_server, phone_in_tokyo, time_machine):
    demo_at(time_machine, WEDNESDAY_3_AM)
    noah = Patient.objects.get(user__email__startswith="noah@")
    create(
        noah.user,
        Item("homework", "walk", WEDNESDAY_3_AM - timedelta(minutes=20), "A step", "/today/"),
        shown=True,
        dropped=False,
        email=False,
    )
    phone, base = phone_in_tokyo, live_server.url

    # Noah's session was yesterday afternoon: Today is still his plan, check-ins named honestly.
    sign_in(phone, base, "noah")
    phone.get_by_role("heading", name="Safety first").wait_for()
    checkins = phone.locator(".checkins")
    expect(checkins).to_contain_text("Last night · How was your day?")
    expect(checkins).to_contain_text("This morning · opens today at 5 AM.")
    expect(checkins).not_to_contain_text("This evening")
    phone.get_by_role("button", name="+1 glass").click()
    phone.get_by_text("1 glass so far").wait_for()
    screenshot(phone, "first-use-3am-today")

    # The menu has the Circle.
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Circle").click()
    menu = phone.get_by_role("navigation", name="Main")
    expect(menu.get_by_role("link", name="Circle")).to_have_attribute("aria-current", "page")

    # Notifications name their time as the pages do, in his time zone.
    phone.get_by_role("link", name=re.compile("^Notifications")).click()
    expect(phone.locator(".notifications")).to_contain_text(re.compile(r"Today at 2:4\d AM"))

    # One score: one date under the chart, and chart text readable on a phone.
    phone.get_by_role("link", name="Check-ups").click()
    chart = phone.locator("figure.chart > svg").first
    # the axis (5, 10, 15, 20, 0), then one date, not "Mar 2 … Mar 2"
    expect(chart.locator("text")).to_have_text(["5", "10", "15", "20", "0", "Mar 2"])
    assert rendered_font_px(phone, "figure.chart > svg") >= 12.5
    screenshot(phone, "first-use-3am-outcomes")

    # The editor on a phone: labels above their fields; the draft time is New York's.
    phone.get_by_role("link", name="Journal").click()
    phone.get_by_role("link", name="Write freely").click()
    for name in ("Mood", "Energy"):
        label = phone.locator(f"label[for=id_{name.lower()}]").bounding_box()
        field = phone.get_by_label(name).bounding_box()
        assert label["y"] + label["height"] <= field["y"] + 1, f"{name}: label beside its field"
    phone.get_by_label("Your words").fill("The night is quiet.")
    expect(phone.locator("#draft-status")).to_have_text(re.compile(r"Draft saved at 3:\d\d AM\."))

    # Too long for one entry: said before and after saving, and every word kept.
    long_text = "quiet " * (BODY_MAX // 6 + 10)
    phone.get_by_label("Your words").fill(long_text)
    expect(phone.locator("#body-length")).to_contain_text("more than one entry holds")
    phone.get_by_role("button", name="Save entry").click()
    phone.get_by_text(re.compile(f"An entry holds up to {BODY_MAX:,} characters")).wait_for()
    phone.get_by_text("Nothing you wrote is lost: it is all still here.").wait_for()
    assert phone.get_by_label("Your words").input_value() == long_text
    screenshot(phone, "first-use-too-long")

    # Search says it matches whole words.
    phone.get_by_role("link", name="← Journal").click()
    phone.get_by_role("textbox", name="Words:").fill("lanternf")
    phone.get_by_role("button", name="Search").click()
    phone.get_by_text(re.compile("Search finds whole words only")).wait_for()
    sign_out(phone)

    # Priya: yesterday's plan first, tomorrow's preparation below; no medicine question at 3 AM.
    sign_in(phone, base, "priya")
    phone.get_by_role("heading", name="Safety first").wait_for()
    preparation = phone.get_by_role("heading", name="Getting ready for your next session")
    expect(preparation).to_be_visible()
    expect(phone.locator("#prep-heading + p")).to_contain_text("is tomorrow at 9 AM.")
    expect(phone.get_by_text("Today's medicines")).to_have_count(0)
    screenshot(phone, "first-use-3am-priya")
    phone.get_by_role("link", name="Check-ups").click()
    priya = Patient.objects.get(user__email__startswith="priya@")
    if all(spec.code != "phq9" for spec in due(priya, WEDNESDAY_3_AM)):
        expect(phone.get_by_role("link", name="Take the PHQ-9 now")).to_be_visible()


def staff_signs_in(page, base, who):
    sign_in(page, base, who)
    page.get_by_label("Code").fill(f"{TOTP(bytes.fromhex(DEMO_TOTP_HEX)).token():06d}")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(f"{base}/caseload/")


def test_the_morning_of_a_session(live_server, phone, desktop, time_machine):
    demo_at(time_machine, WEDNESDAY_3_AM)
    time_machine.move_to(THURSDAY_8_AM.astimezone(UTC), tick=True)
    base = live_server.url

    sign_in(phone, base, "priya")
    phone.get_by_role("heading", name="Getting ready for your session").wait_for()
    expect(phone.locator("#prep-heading + p")).to_contain_text("is today at 9 AM.")
    expect(phone.locator("main")).not_to_contain_text("Thursday")  # today, not its name
    phone.get_by_role("heading", name="Today's medicines").wait_for()  # the 8 AM ones

    staff_signs_in(desktop, base, "maya")
    row = desktop.locator("table.caseload tbody tr", has_text="Priya Shah")
    expect(row).to_contain_text("No completed REMS monitoring record")
    row.get_by_role("link", name="Priya Shah").click()

    # Nothing is written over the latest score.
    latest = desktop.locator("figure.chart > svg circle").last.bounding_box()
    for box in desktop.locator("figure.chart > svg").first.locator("text").all():
        box = box.bounding_box()
        apart = (
            box["x"] + box["width"] < latest["x"]
            or latest["x"] + latest["width"] < box["x"]
            or box["y"] + box["height"] < latest["y"]
            or latest["y"] + latest["height"] < box["y"]
        )
        assert apart, "a label covers the latest score"
    expect(desktop.locator(".chart-legend").first).to_contain_text("a treatment session")
    screenshot(desktop, "first-use-clinician-chart")

    # The REMS form: radio buttons for the dose, grouped fields, messages that say what.
    desktop.get_by_role("link", name="REMS record needed").first.click()
    expect(desktop.locator("main")).not_to_contain_text("---------")
    expect(desktop.get_by_role("group", name="Dose given")).to_be_visible()
    expect(desktop.get_by_role("group", name="Concomitant medications the patient takes"))
    desktop.get_by_label("Lot number").fill("LOT-1")
    desktop.get_by_role("button", name="Save the record").click()
    desktop.get_by_text("Give the systolic pressure.").first.wait_for()
    desktop.get_by_text("Choose the dose given: 56 mg, 84 mg or other.").wait_for()
    expect(desktop.get_by_label("Lot number")).to_have_value("LOT-1")
    screenshot(desktop, "first-use-rems-form")
