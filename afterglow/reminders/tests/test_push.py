"""Web Push as a reminder channel: against a push-service stub on 127.0.0.1 that checks
the VAPID signature and decrypts what it is sent. Nothing reaches the internet."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.reminders.channels import push
from afterglow.reminders.channels.push import PushChannel
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import Delivery, DeliveryState, Kind, PushSubscription
from afterglow.reminders.send import run
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.pushstub import PushStub
from afterglow.testing.treatments import completed_session

NY = ZoneInfo("America/New_York")
NOON = datetime(2026, 3, 10, 12, tzinfo=NY)


def at(*args):
    return datetime(*args, tzinfo=NY)


@pytest.fixture
def vapid(settings):
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    settings.AFTERGLOW_VAPID_PRIVATE_KEY = pem.decode()
    settings.AFTERGLOW_VAPID_SUBJECT = "mailto:care@clinic.example"
    settings.AFTERGLOW_PUSH_HOSTS = ["127.0.0.1"]
    settings.AFTERGLOW_PUSH_TIMEOUT = 1
    return push.application_server_key()


@pytest.fixture
def stub(vapid):
    service = PushStub(server_key=vapid).start()
    yield service
    service.stop()


def subscribe(user, stub, name="phone"):
    device = stub.device(name)
    return PushSubscription.objects.create(
        user=user, endpoint=device.endpoint, p256dh=device.p256dh, auth=push_auth(device)
    )


def push_auth(device):
    from afterglow.testing.pushstub import b64

    return b64(device.auth)


def waiting(user, key="thing:1", kind=Kind.CHECK_IN):
    create(
        user,
        Item(kind, key, NOON, "Your check-in", "/today/"),
        shown=True,
        dropped=False,
        email=False,
    )


@pytest.fixture
def pat(people):
    prefs(people.other_patient, in_app=False, email=False)
    people.patient.time_zone = "America/New_York"
    people.patient.save()
    prefs(people.patient, off=["questionnaire", "circle", "daily_check"])
    return people.pat


def test_a_due_reminder_is_pushed_once_signed_encrypted_and_content_free(pat, stub):
    subscribe(pat.user, stub)
    completed_session(pat, ended=at(2026, 3, 10, 11))
    first = run(at(2026, 3, 10, 17, 1))
    again = run(at(2026, 3, 10, 17, 2))
    assert (first.pushed, again.pushed) == (1, 0)
    [message] = stub.received
    assert "error" not in message, message
    assert message["message"]["title"] == "Afterglow"
    assert message["message"]["body"] == "Something is waiting for you in Afterglow"
    assert "/notifications/" in message["message"]["url"]
    assert message["ttl"] == str(24 * 3600)
    assert Delivery.objects.get().state == DeliveryState.SENT


def test_every_device_of_the_person_gets_it(pat, stub):
    subscribe(pat.user, stub, "phone")
    subscribe(pat.user, stub, "laptop")
    waiting(pat.user)
    assert PushChannel().deliver_pending(NOON) == (1, 0)
    assert sorted(m["path"] for m in stub.received) == ["/push/laptop", "/push/phone"]


def test_quiet_hours_hold_a_push_until_they_end(pat, stub):
    prefs(pat.user, quiet_start=time(21), quiet_end=time(8))
    subscribe(pat.user, stub)
    waiting(pat.user)
    assert PushChannel().deliver_pending(at(2026, 3, 10, 23)) == (0, 0)
    assert not stub.received
    assert PushChannel().deliver_pending(at(2026, 3, 11, 8, 1)) == (1, 0)


def test_a_flag_reaches_a_clinician_even_in_quiet_hours(people, stub):
    prefs(people.clinician, quiet_start=time(21), quiet_end=time(8))
    subscribe(people.clinician, stub)
    waiting(people.clinician, key="flag:1", kind=Kind.FLAG)
    assert PushChannel().deliver_pending(at(2026, 3, 10, 23)) == (1, 0)
    assert stub.received[0]["message"]["body"] == "Someone on your care team needs you"


def test_a_delivery_claimed_by_another_sender_is_not_sent_twice(pat, stub):
    subscribe(pat.user, stub)
    waiting(pat.user)
    channel = PushChannel()
    channel.deliver_pending(NOON)
    Delivery.objects.update(state=DeliveryState.SENDING, claimed_at=NOON)  # another sender
    channel.deliver_pending(NOON + timedelta(minutes=1))
    assert len(stub.received) == 1
    Delivery.objects.all().delete()
    channel.deliver_pending(NOON)  # a second enqueue of the same notification: one row
    channel.deliver_pending(NOON)
    assert Delivery.objects.count() == 1 and len(stub.received) == 2


@pytest.mark.parametrize("status", [404, 410])
def test_a_device_that_has_gone_is_removed(pat, stub, status):
    subscribe(pat.user, stub)
    waiting(pat.user)
    stub.status = status
    assert PushChannel().deliver_pending(NOON) == (0, 0)
    assert not PushSubscription.objects.exists()
    assert Delivery.objects.get().state == DeliveryState.NONE
    assert AuditEvent.objects.filter(action="push.expired", actor=pat.user).exists()


def test_a_failing_push_service_is_tried_three_times_in_all(pat, stub):
    subscribe(pat.user, stub)
    waiting(pat.user)
    stub.status = 503
    for minute in range(5):
        PushChannel().deliver_pending(NOON + timedelta(minutes=minute))
    assert len(stub.received) == 3
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.GAVE_UP and delivery.attempts == 3
    assert PushSubscription.objects.exists()


def test_a_push_service_that_hangs_times_out_and_is_retried(pat, stub):
    subscribe(pat.user, stub)
    waiting(pat.user)
    stub.delay = 2  # over the 1-second timeout
    assert PushChannel().deliver_pending(NOON) == (0, 1)
    assert Delivery.objects.get().state == DeliveryState.FAILED
    stub.delay = 0
    assert PushChannel().deliver_pending(NOON + timedelta(minutes=1)) == (1, 0)


def test_without_a_vapid_key_push_is_off(pat, settings):
    settings.AFTERGLOW_VAPID_PRIVATE_KEY = ""
    waiting(pat.user)
    assert PushChannel().deliver_pending(NOON) == (0, 0)
    assert not Delivery.objects.exists()


def fields(device):
    return {"endpoint": device.endpoint, "p256dh": device.p256dh, "auth": push_auth(device)}


def test_a_person_turns_push_on_and_off_for_a_device(people, stub):
    client = sign_in(Client(), people.patient)
    device = stub.device("phone")
    assert client.post(reverse("reminders:push_subscribe"), fields(device)).status_code == 204
    assert PushSubscription.objects.get().user == people.patient
    assert AuditEvent.objects.filter(action="push.subscribe", actor=people.patient).exists()
    off = client.post(reverse("reminders:push_unsubscribe"), {"endpoint": device.endpoint})
    assert off.status_code == 204 and not PushSubscription.objects.exists()
    assert AuditEvent.objects.filter(action="push.unsubscribe", actor=people.patient).exists()


def test_a_device_used_by_someone_else_now_belongs_to_them(people, stub):
    device = stub.device("shared")
    sign_in(Client(), people.patient).post(reverse("reminders:push_subscribe"), fields(device))
    other = sign_in(Client(), people.other_patient)
    other.post(reverse("reminders:push_subscribe"), fields(device))
    assert PushSubscription.objects.get().user == people.other_patient
    # and nobody can turn off another person's device
    sign_in(Client(), people.patient).post(
        reverse("reminders:push_unsubscribe"), {"endpoint": device.endpoint}
    )
    assert PushSubscription.objects.exists()


@pytest.mark.parametrize(
    "change",
    [
        {"endpoint": "https://evil.example.com/push/1"},
        {"endpoint": "http://fcm.googleapis.com/x"},
        {"endpoint": "not a url"},
        {"p256dh": "AAAA"},
        {"p256dh": "***"},
        {"auth": "c2hvcnQ"},
    ],
)
def test_a_foreign_or_malformed_subscription_is_refused(people, stub, change):
    client = sign_in(Client(), people.patient)
    response = client.post(
        reverse("reminders:push_subscribe"), {**fields(stub.device("x")), **change}
    )
    assert response.status_code == 400 and not PushSubscription.objects.exists()


def test_who_may_turn_push_on(people, stub):
    device = stub.device("any")
    signed_in = dict.fromkeys(
        ("patient", "other_patient", "clinician", "outsider", "foreign", "admin"), 204
    )
    assert_access(
        people,
        reverse("reminders:push_subscribe"),
        {"anonymous": 302, **signed_in},
        method="post",
        data=fields(device),
    )
    assert_access(
        people,
        reverse("reminders:push_unsubscribe"),
        {"anonymous": 302, **signed_in},
        method="post",
        data={"endpoint": device.endpoint},
    )


def test_the_preferences_page_offers_push_with_the_servers_key(people, vapid):
    page = sign_in(Client(), people.patient).get(reverse("reminders:preferences")).content.decode()
    assert f'data-push-key="{vapid}"' in page and "afterglow/js/push.js" in page
    assert "add Afterglow to your home screen first" in page


def test_push_off_with_no_key_says_so_on_the_page(people, settings):
    settings.AFTERGLOW_VAPID_PRIVATE_KEY = ""
    client = sign_in(Client(), people.patient)
    assert 'data-push-key=""' in client.get(reverse("reminders:preferences")).content.decode()
    response = client.post(reverse("reminders:push_subscribe"), {"endpoint": "https://x"})
    assert response.status_code == 409


def test_the_page_lists_the_persons_devices_by_browser_never_by_address(people, stub):
    from afterglow.reminders.channels.devices import endpoint_hash

    client = sign_in(Client(), people.patient)
    url = reverse("reminders:preferences")
    assert "Devices with notifications on" not in client.get(url).content.decode()
    here = subscribe(people.patient, stub, "here")
    PushSubscription.objects.create(
        user=people.patient,
        endpoint="https://fcm.googleapis.com/fcm/send/abc",
        p256dh=here.p256dh,
        auth=here.auth,
    )
    subscribe(people.other_patient, stub, "olives")
    page = client.get(url).content.decode()
    assert "Devices with notifications on" in page
    assert page.count("data-endpoint-hash=") == 2  # Pat's two, not Olive's
    assert "A browser, since" in page and "Chrome or Android, since" in page
    assert f'data-endpoint-hash="{endpoint_hash(here.endpoint)}"' in page
    assert here.endpoint not in page and "fcm.googleapis.com" not in page


def test_the_device_list_costs_one_query_however_many(people, stub, django_assert_num_queries):
    client = sign_in(Client(), people.patient)
    url = reverse("reminders:preferences")
    subscribe(people.patient, stub, "one")
    client.get(url)
    # session, user, roles (patient, memberships), the preference, the calendar link, the
    # devices (one query) and the bell's unread count: the same for one device or five.
    with django_assert_num_queries(8) as one:
        client.get(url)
    for n in range(4):
        subscribe(people.patient, stub, f"more{n}")
    with django_assert_num_queries(8):
        client.get(url)
    assert sum("reminders_pushsubscription" in q["sql"] for q in one.captured_queries) == 1
