"""The installed app with no signal: the crisis numbers, the plan, writing and checking in
offline, everything sent once when the network returns, nothing left after sign-out."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterglow.aftercare.models import CheckIn
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.journal.models import Entry
from afterglow.testing.browser import screenshot
from afterglow.testing.people import make_people
from afterglow.testing.treatments import completed_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CHICAGO = ZoneInfo("America/Chicago")

KEPT = """async () => {
  const names = (await caches.keys()).filter((n) => n.startsWith("afterglow-pages-"));
  if (names.length !== 1) return [];
  const cache = await caches.open(names[0]);
  return (await cache.keys()).map((r) => new URL(r.url).pathname);
}"""
QUEUED = """() => Object.keys(localStorage).filter((k) => k.startsWith("afterglow-queue:"))
  .reduce((n, k) => n + JSON.parse(localStorage.getItem(k)).length, 0)"""


def evening_near_now() -> datetime:
    """8 pm in Chicago, the one nearest the browser's own clock (which is not moved), so the
    plan kept offline is still current for the page that shows it."""
    now = datetime.now(CHICAGO)
    evening = now.replace(hour=20, minute=0, second=0, microsecond=0)
    if evening - now > timedelta(hours=12):
        evening -= timedelta(days=1)
    elif now - evening > timedelta(hours=12):
        evening += timedelta(days=1)
    return evening.astimezone(UTC)


def wait_until_kept(page, paths):
    for _ in range(100):
        if set(paths) <= set(page.evaluate(KEPT)):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"not kept: {paths} (kept {page.evaluate(KEPT)})")


def test_the_app_works_offline_and_sends_what_was_written_once(
    live_server, browser, phone, time_machine
):
    start = evening_near_now()
    time_machine.move_to(start, tick=True)
    people = make_people()
    session = completed_session(people.pat, ended=start - timedelta(hours=3))
    base = live_server.url
    check_in = f"/aftercare/{session.pk}/check-in/evening/"

    patient_signs_in(phone, base, people.patient.email)
    scope = phone.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    assert scope == f"{base}/"
    cdp = phone.context.new_cdp_session(phone)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == [] and manifest["url"] == f"{base}/manifest.webmanifest"
    phone.reload()  # now the service worker answers for the page, and keeps Today's links
    wait_until_kept(phone, ["/today/", "/crisis/", "/journal/new/", check_in])

    phone.context.set_offline(True)
    phone.goto(f"{base}/crisis/")
    phone.get_by_role("heading", name="Help, right now").wait_for()
    phone.get_by_text("You are offline. This is the copy saved on this device").wait_for()
    phone.goto(f"{base}/today/")
    phone.get_by_text("For the rest of today, this is your plan.").wait_for()
    screenshot(phone, "offline-today")

    phone.goto(f"{base}{check_in}")
    phone.get_by_label("So-so").check()
    phone.get_by_label("Was anything hard today?").fill("A quiet evening on the sofa")
    phone.get_by_role("button", name="Send my check-in").click()
    phone.wait_for_url(f"{base}/today/")
    phone.get_by_text("One thing you wrote is kept on this device").wait_for()
    phone.goto(f"{base}/journal/new/")
    phone.get_by_label("Your words").fill("Wrote this with no signal at all")
    phone.get_by_role("button", name="Save entry").click()
    phone.wait_for_url(f"{base}/today/")
    phone.get_by_text("Some things you wrote are kept on this device").wait_for()
    assert phone.evaluate(QUEUED) == 2
    assert not Entry.objects.exists() and not CheckIn.objects.exists()

    phone.context.set_offline(False)
    phone.goto(f"{base}/today/")
    # Sent one after the other: the banner says so after the first, the queue empties after both.
    for _ in range(100):  # (wait_for_function evaluates a string: the CSP forbids it)
        if phone.evaluate(QUEUED) == 0:
            break
        phone.wait_for_timeout(100)
    assert phone.evaluate(QUEUED) == 0
    phone.get_by_text("What you wrote while offline has been sent.").wait_for()
    phone.reload()
    assert Entry.objects.get().body == "Wrote this with no signal at all"
    assert CheckIn.objects.get().note == "A quiet evening on the sofa"

    phone.get_by_role("button", name="Sign out").click()
    phone.wait_for_url(f"{base}/accounts/login/**")
    assert phone.evaluate(KEPT) == []
    assert phone.evaluate(QUEUED) == 0
    assert (
        phone.evaluate(
            "() => Object.keys(localStorage).filter((k) => k.startsWith('afterglow-')).length"
        )
        == 0
    )
    # Signed out and offline, Today is nobody's: the offline page with the numbers answers.
    phone.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    phone.context.set_offline(True)
    phone.goto(f"{base}/today/")
    phone.get_by_role("heading", name="You are offline right now").wait_for()
    assert "Pat" not in phone.content()
    phone.context.set_offline(False)
