"""Text messages: a verified, opted-in number; the Twilio backend against a local stub of
its API; STOP/START through the signed webhook; delivery status. The monthly cap:
test_text_cap.py."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.reminders.channels.sms import signature
from afterglow.reminders.channels.sms.backends import ConsoleBackend
from afterglow.reminders.channels.sms.channel import SmsChannel
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import Delivery, DeliveryState, Kind, TextNumber
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.twiliostub import TwilioStub

NY = ZoneInfo("America/New_York")
NOON = datetime(2026, 3, 10, 12, tzinfo=NY)
NUMBER = "+13125550142"


@pytest.fixture
def twilio(settings):
    stub = TwilioStub(sid="AC" + "1" * 32, token="secret-token").start()
    settings.AFTERGLOW_SMS_BACKEND = "twilio"
    settings.AFTERGLOW_TWILIO_ACCOUNT_SID = stub.sid
    settings.AFTERGLOW_TWILIO_AUTH_TOKEN = stub.token
    settings.AFTERGLOW_TWILIO_API = stub.base
    settings.AFTERGLOW_SMS_FROM = "+15005550006"
    settings.AFTERGLOW_BASE_URL = "https://afterglow.example.org"
    yield stub
    stub.stop()


def verified(user, number=NUMBER):
    return TextNumber.objects.create(user=user, number=number, verified_at=NOON)


def waiting(user, key="thing:1", kind=Kind.CHECK_IN):
    item = Item(kind, key, NOON, "Your check-in", "/today/")
    create(user, item, shown=True, dropped=False, email=False)


@pytest.fixture
def pat(people):
    prefs(people.patient, quiet_start=None, quiet_end=None)
    people.patient.time_zone = "America/New_York"
    people.patient.save()
    return people.pat


def test_a_reminder_is_texted_once_with_only_a_link(pat, twilio):
    verified(pat.user)
    waiting(pat.user)
    assert SmsChannel().deliver_pending(NOON) == (1, 0)
    assert SmsChannel().deliver_pending(NOON + timedelta(minutes=1)) == (0, 0)
    [message] = twilio.messages
    assert message["To"] == NUMBER and message["From"] == "+15005550006"
    assert re.fullmatch(
        r"Something is waiting for you in Afterglow\. https://afterglow\.example\.org"
        r"/notifications/[0-9a-f-]+/ \(Reply STOP to stop these texts\.\)",
        message["Body"],
    )
    assert message["StatusCallback"] == "https://afterglow.example.org/sms/status/"
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.SENT and delivery.provider_id.startswith("SM")


def test_no_text_without_a_verified_number_or_after_stop(pat, twilio):
    number = TextNumber.objects.create(user=pat.user, number=NUMBER)  # not verified
    waiting(pat.user)
    SmsChannel().deliver_pending(NOON)
    number.verified_at, number.stopped_at = NOON, NOON
    number.save()
    SmsChannel().deliver_pending(NOON)
    assert twilio.messages == [] and not Delivery.objects.exists()


def test_quiet_hours_hold_a_text(pat, twilio):
    prefs(pat.user, quiet_start=time(21), quiet_end=time(8))
    verified(pat.user)
    waiting(pat.user)
    assert SmsChannel().deliver_pending(datetime(2026, 3, 10, 23, tzinfo=NY)) == (0, 0)
    assert SmsChannel().deliver_pending(datetime(2026, 3, 11, 8, 5, tzinfo=NY)) == (1, 0)


def test_a_failing_provider_is_retried_three_times(pat, twilio):
    verified(pat.user)
    waiting(pat.user)
    twilio.status = 503
    for minute in range(5):
        SmsChannel().deliver_pending(NOON + timedelta(minutes=minute))
    delivery = Delivery.objects.get()
    assert delivery.state == DeliveryState.GAVE_UP and delivery.attempts == 3


def test_a_number_the_provider_refuses_is_not_retried(pat, twilio):
    verified(pat.user)
    waiting(pat.user)
    twilio.status = 400
    SmsChannel().deliver_pending(NOON)
    assert Delivery.objects.get().state == DeliveryState.NONE


def signed_post(client, url, data, token="secret-token"):
    full = "https://afterglow.example.org" + url
    sig = signature.expected(full, data) if token else "bad"
    return client.post(url, data, HTTP_X_TWILIO_SIGNATURE=sig)


def test_stop_and_start_arrive_through_the_signed_webhook(pat, twilio):
    number = verified(pat.user)
    url = reverse("reminders:sms_inbound")
    assert signed_post(Client(), url, {"From": NUMBER, "Body": " stop "}).status_code == 200
    number.refresh_from_db()
    assert number.stopped_at is not None and not number.texts_ok
    assert AuditEvent.objects.filter(action="sms.stop", actor=pat.user).exists()
    signed_post(Client(), url, {"From": NUMBER, "Body": "START"})
    number.refresh_from_db()
    assert number.texts_ok


def test_a_webhook_with_a_bad_signature_is_refused_and_records_nothing(pat, twilio):
    verified(pat.user)
    for url in (reverse("reminders:sms_inbound"), reverse("reminders:sms_status")):
        response = signed_post(Client(), url, {"From": NUMBER, "Body": "STOP"}, token="")
        assert response.status_code == 403
        assert Client().post(url, {"From": NUMBER, "Body": "STOP"}).status_code == 403
    assert TextNumber.objects.get().texts_ok
    assert not AuditEvent.objects.filter(action__startswith="sms.").exists()


def test_the_delivery_status_is_recorded(pat, twilio):
    verified(pat.user)
    waiting(pat.user)
    SmsChannel().deliver_pending(NOON)
    sid = Delivery.objects.get().provider_id
    url = reverse("reminders:sms_status")
    data = {"MessageSid": sid, "MessageStatus": "delivered"}
    assert signed_post(Client(), url, data).status_code == 204
    assert Delivery.objects.get().provider_status == "delivered"


def test_a_patient_sets_and_verifies_a_number_in_any_format(people, settings):
    settings.AFTERGLOW_SMS_BACKEND = "console"
    ConsoleBackend.outbox.clear()
    client = sign_in(Client(), people.patient)
    url = reverse("reminders:texts")
    response = client.post(url, {"number": "(312) 555-0142", "agree": "on"})
    assert response.status_code == 302
    number = TextNumber.objects.get()
    assert number.number == NUMBER and not number.texts_ok
    [(to, body)] = ConsoleBackend.outbox
    code = re.search(r"\d{6}", body).group(0)
    assert to == NUMBER and "Afterglow code" in body
    wrong = client.post(
        reverse("reminders:texts_verify"), {"code": "000000" if code != "000000" else "111111"}
    )
    assert wrong.status_code == 400 and "ask for a new code" in wrong.content.decode()
    assert client.post(reverse("reminders:texts_verify"), {"code": code}).status_code == 302
    assert TextNumber.objects.get().texts_ok
    assert AuditEvent.objects.filter(action="sms.number_verify", outcome="success").exists()
    assert client.post(reverse("reminders:texts_off")).status_code == 302
    assert not TextNumber.objects.exists()


@pytest.mark.parametrize("typed", ["12", "call me", "+1 555 0000 0000 0000", ""])
def test_a_number_that_is_not_valid_is_refused_and_kept(people, typed):
    client = sign_in(Client(), people.patient)
    response = client.post(reverse("reminders:texts"), {"number": typed, "agree": "on"})
    assert response.status_code == 200 and not TextNumber.objects.exists()
    if typed:
        assert f'value="{typed}"' in response.content.decode()


def test_texts_need_consent(people):
    client = sign_in(Client(), people.patient)
    client.post(reverse("reminders:texts"), {"number": "(312) 555-0142"})
    assert not TextNumber.objects.exists()


def test_who_may_set_a_number(people):
    signed_in = dict.fromkeys(
        ("patient", "other_patient", "clinician", "outsider", "foreign", "admin"), 200
    )
    assert_access(people, reverse("reminders:texts"), {"anonymous": 302, **signed_in})


def test_a_provider_that_is_down_when_the_code_is_sent_keeps_the_number_typed(people, twilio):
    twilio.status = 503
    client = sign_in(Client(), people.patient)
    typed = "(312) 555-0142"
    response = client.post(reverse("reminders:texts"), {"number": typed, "agree": "on"})
    page = response.content.decode()
    assert response.status_code == 200 and "try again soon" in page and typed in page
