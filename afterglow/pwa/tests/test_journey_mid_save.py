"""The connection drops while a save is on its way (the browser still believes it is online):
the journal entry and the check-in are queued like ones written offline, under the id their
post carried, with the quiet banner, and each is saved exactly once when the network is back,
even when the server had the first post and only its answer was lost."""

from datetime import timedelta

import pytest

from afterglow.aftercare.models import CheckIn
from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.journal.models import Entry
from afterglow.pwa.models import OfflineSend
from afterglow.pwa.tests.test_journey_offline import QUEUED, evening_near_now
from afterglow.testing.people import make_people
from afterglow.testing.treatments import completed_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class Dropped:
    """Cuts every POST to one page, as a network that drops: ``reached`` lets the first one
    reach the server and cuts only its answer."""

    def __init__(self, *, reached: bool) -> None:
        self.reached = reached
        self.cut = 0

    def __call__(self, route) -> None:
        if route.request.method != "POST":
            route.continue_()
            return
        if self.reached and self.cut == 0:
            route.fetch(max_redirects=0)  # the server saves it; the device never hears back
        self.cut += 1
        route.abort("connectionreset")


def wait_for_queue(page, size):
    for _ in range(100):  # (wait_for_function evaluates a string: the CSP forbids it)
        if page.evaluate(QUEUED) == size:
            return
        page.wait_for_timeout(100)
    assert page.evaluate(QUEUED) == size


def test_saves_the_network_drops_are_queued_and_arrive_once(
    live_server, browser, phone, time_machine
):
    start = evening_near_now()
    time_machine.move_to(start, tick=True)
    people = make_people()
    session = completed_session(people.pat, ended=start - timedelta(hours=3))
    base = live_server.url
    check_in = f"/aftercare/{session.pk}/check-in/evening/"
    patient_signs_in(phone, base, people.patient.email)
    phone.evaluate("async () => (await navigator.serviceWorker.ready).scope")
    phone.reload()  # the service worker now answers for the page, and sends its posts

    # 1. The journal entry reaches the server, but the answer is lost on the way back.
    journal = Dropped(reached=True)
    phone.context.route("**/journal/new/", journal)
    phone.goto(f"{base}/journal/new/")
    phone.get_by_label("Your words").fill("The signal went as I pressed save")
    phone.get_by_role("button", name="Save entry").click()
    phone.wait_for_url(f"{base}/today/")
    phone.get_by_text("One thing you wrote is kept on this device").wait_for()
    assert phone.evaluate("() => navigator.onLine") is True
    assert Entry.objects.count() == 1  # the server has it; the device cannot know
    assert journal.cut >= 2  # the post, and the queue's first try on Today
    wait_for_queue(phone, 1)

    # 2. The check-in never reaches the server.
    checks = Dropped(reached=False)
    phone.context.route(f"**{check_in}", checks)
    phone.goto(f"{base}{check_in}")
    phone.get_by_label("So-so").check()
    phone.get_by_label("Was anything hard today?").fill("Tired, and glad to be home")
    phone.get_by_role("button", name="Send my check-in").click()
    phone.wait_for_url(f"{base}/today/")
    phone.get_by_text("Some things you wrote are kept on this device").wait_for()
    wait_for_queue(phone, 2)
    assert not CheckIn.objects.exists()
    ids = phone.evaluate(
        """() => Object.keys(localStorage).filter((k) => k.startsWith("afterglow-queue:"))
          .flatMap((k) => JSON.parse(localStorage.getItem(k)).map((item) => item.id))"""
    )
    # The entry's id is the one its first post claimed on the server.
    assert str(OfflineSend.objects.get().key) in ids

    # 3. The network is back: each is sent once; the entry is not saved a second time.
    phone.context.unroute("**/journal/new/")
    phone.context.unroute(f"**{check_in}")
    phone.reload()
    wait_for_queue(phone, 0)
    phone.get_by_text("What you wrote while offline has been sent.").wait_for()
    assert Entry.objects.get().body == "The signal went as I pressed save"
    assert CheckIn.objects.get().note == "Tired, and glad to be home"
    assert OfflineSend.objects.count() == 2
    assert (
        phone.evaluate(
            "() => Object.keys(localStorage).filter((k) => k.startsWith('afterglow-draft:')).length"
        )
        == 0
    )
