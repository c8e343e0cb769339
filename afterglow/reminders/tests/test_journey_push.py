"""Turning push on and off for this device, in headless Chromium, on the reminders page.

A real subscription cannot be made here: Playwright's contexts are incognito, where Chrome
has no Push API (``subscribe`` rejects: "Registration failed - permission denied"), and in a
persistent profile ``subscribe`` never answers, since no push service (FCM) can be reached
with no internet. So the journey covers, with the browser's own code: the permission asked
(granted, denied), and the failure a person would meet, said on the page; and, with only
``PushManager`` stubbed in the page (its subscription pointing at the local push-service stub
with keys the stub holds): the page's JS sending it to the server, the device listed as this
one, a reminder pushed to it (VAPID checked, payload decrypted), and turning it off. axe
checks every page visited.
"""

import json
from pathlib import Path

import pytest
from django.utils import timezone

from afterglow.aftercare.tests.test_journey_first_day import patient_signs_in
from afterglow.audit.models import AuditEvent
from afterglow.reminders.channels.push import PushChannel
from afterglow.reminders.models import PushSubscription
from afterglow.reminders.tests import test_push
from afterglow.reminders.tests.helpers import prefs
from afterglow.reminders.tests.test_push import push_auth, waiting
from afterglow.testing.browser import PHONE, check_loaded_page, screenshot, watch
from afterglow.testing.people import make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
vapid = test_push.vapid  # the server's VAPID key, push services on 127.0.0.1 allowed
stub = test_push.stub  # the local push service that checks VAPID and decrypts

# Stands in for the browser's push service in the page (the file says how).
FAKE_PUSH_MANAGER = (Path(__file__).parent / "fake_push_manager.js").read_text()


@pytest.fixture
def people(db):
    people = make_people()
    prefs(people.patient, quiet_start=None, quiet_end=None)
    return people


def reminders_page(browser, base, people, *, granted, fake=None):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    if granted:
        context.grant_permissions(["notifications"], origin=base)
    if fake is not None:
        context.add_init_script(FAKE_PUSH_MANAGER.replace("DEVICE", json.dumps(fake)))
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    patient_signs_in(page, base, people.patient.email)
    page.goto(f"{base}/reminders/")
    page.get_by_text("Notifications are off for this device.").wait_for()  # push.js is ready
    return page


def done(page):
    check_loaded_page(page)
    page.context.close()


def test_a_patient_turns_notifications_on_sees_the_device_and_turns_them_off(
    live_server, browser, people, stub, vapid
):
    base = live_server.url
    device = stub.device("phone")
    fake = {"endpoint": device.endpoint, "p256dh": device.p256dh, "auth": push_auth(device)}
    page = reminders_page(browser, base, people, granted=True, fake=fake)
    assert page.get_by_text("Devices with notifications on").count() == 0

    page.get_by_role("button", name="Turn on notifications here").click()
    page.get_by_text("Notifications are on for this device.").wait_for()
    page.get_by_text("Devices with notifications on").wait_for()
    listed = page.get_by_role("listitem").filter(has_text="since")
    assert listed.count() == 1
    assert "A browser, since" in listed.inner_text() and "(this device)" in listed.inner_text()
    screenshot(page, "push-on")
    assert page.evaluate("() => window.__pushAsked") == [{"userVisibleOnly": True, "key": vapid}]
    subscription = PushSubscription.objects.get()
    assert subscription.user == people.patient and subscription.endpoint == device.endpoint
    assert AuditEvent.objects.filter(action="push.subscribe", actor=people.patient).exists()

    # What the device turned on receives: signed for this server, readable only with its keys.
    waiting(people.patient)
    assert PushChannel().deliver_pending(timezone.now()) == (1, 0)
    [message] = stub.received
    assert "error" not in message, message
    assert message["message"]["body"] == "Something is waiting for you in Afterglow"

    page.reload()  # the list says which device this is, on a fresh page too
    page.get_by_text("Notifications are on for this device.").wait_for()
    page.get_by_text("(this device)").wait_for()
    page.get_by_role("button", name="Turn off notifications here").click()
    page.get_by_text("Notifications are off for this device.").wait_for()
    page.get_by_text("Devices with notifications on").wait_for(state="detached")
    assert page.evaluate("() => window.__pushAsked").count("unsubscribe") == 1
    assert not PushSubscription.objects.exists()
    assert AuditEvent.objects.filter(action="push.unsubscribe", actor=people.patient).exists()
    done(page)


def test_a_browser_that_may_not_show_notifications_says_where_to_change_it(
    live_server, browser, people, vapid
):
    page = reminders_page(browser, live_server.url, people, granted=False)
    page.get_by_role("button", name="Turn on notifications here").click()
    page.get_by_text("This browser is set not to show notifications from Afterglow.").wait_for()
    assert page.evaluate("() => Notification.permission") == "denied"
    assert not PushSubscription.objects.exists()
    done(page)


def test_a_subscription_the_browser_cannot_make_is_said_plainly(
    live_server, browser, people, vapid
):
    """The real PushManager, permission granted: headless Chromium cannot subscribe."""
    page = reminders_page(browser, live_server.url, people, granted=True)
    page.get_by_role("button", name="Turn on notifications here").click()
    page.get_by_text("That did not work just now. Please try again in a moment.").wait_for()
    assert page.get_by_role("button", name="Turn on notifications here").is_visible()
    assert not PushSubscription.objects.exists()
    done(page)


def test_a_push_service_that_never_answers_is_not_waited_for_forever(
    live_server, browser, people, stub, vapid
):
    device = stub.device("slow")
    fake = {"endpoint": device.endpoint, "p256dh": device.p256dh, "auth": "x", "hang": True}
    page = reminders_page(browser, live_server.url, people, granted=True, fake=fake)
    page.evaluate("() => { document.querySelector('[data-push]').dataset.pushWait = '300'; }")
    page.get_by_role("button", name="Turn on notifications here").click()
    page.get_by_text("That did not work just now. Please try again in a moment.").wait_for()
    assert not PushSubscription.objects.exists()
    done(page)
