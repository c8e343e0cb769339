"""The monthly cap on text reminders: the clinic's own, or the server's when it sets none;
counted by the month in the clinic's time zone; past it, email (and push) carry the rest of
the month, and the texts not sent are recorded."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from afterglow.audit.models import AuditEvent
from afterglow.reminders.channels.email import EmailChannel
from afterglow.reminders.channels.sms.backends import ConsoleBackend
from afterglow.reminders.channels.sms.cap import Allowance, allowance
from afterglow.reminders.channels.sms.channel import SmsChannel
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import Delivery, DeliveryState, Kind, TextNumber
from afterglow.reminders.tests.helpers import prefs

NUMBER = "+13125550142"


@pytest.fixture
def texts(settings):
    settings.AFTERGLOW_SMS_BACKEND = "console"
    settings.AFTERGLOW_SMS_MONTHLY_CAP = 30
    ConsoleBackend.outbox.clear()
    yield ConsoleBackend.outbox
    ConsoleBackend.outbox.clear()


@pytest.fixture
def pat(people):
    prefs(people.patient, quiet_start=None, quiet_end=None)
    TextNumber.objects.create(
        user=people.patient, number=NUMBER, verified_at=datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    )
    return people.pat


def remind(user, key, at, *, email=False):
    create(
        user,
        Item(Kind.CHECK_IN, key, at, "Your check-in", "/today/"),
        shown=True,
        dropped=False,
        email=email,
    )


def text_at(time_machine, user, key, at):
    """A reminder made at ``at`` and the text channel run then; the delivery's state."""
    time_machine.move_to(at, tick=False)
    remind(user, key, at)
    SmsChannel().deliver_pending(at)
    return Delivery.objects.get(notification__key=key, channel="sms").state


def test_the_servers_cap_holds_when_the_clinic_sets_none(pat, texts, settings, time_machine):
    settings.AFTERGLOW_SMS_MONTHLY_CAP = 2
    at = datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("UTC"))
    states = [text_at(time_machine, pat.user, f"thing:{n}", at) for n in range(4)]
    assert states == ["sent", "sent", "capped", "capped"]
    assert len(texts) == 2
    # Recorded: each text not sent on its delivery; the first of the month in the audit log.
    [event] = AuditEvent.objects.filter(action="sms.capped")
    assert event.actor == pat.user and event.detail == {"cap": 2}
    assert event.clinic == pat.clinic


def test_the_clinics_cap_overrides_the_server_and_email_carries_the_rest(pat, texts, time_machine):
    pat.clinic.sms_monthly_cap = 1
    pat.clinic.save()
    at = datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("UTC"))
    time_machine.move_to(at, tick=False)
    for n in range(3):
        remind(pat.user, f"thing:{n}", at, email=True)
    assert SmsChannel().deliver_pending(at) == (1, 0)
    EmailChannel().deliver_pending(at)
    assert len(texts) == 1 and len(mail.outbox) == 3
    assert Delivery.objects.filter(state=DeliveryState.CAPPED).count() == 2


def test_a_cap_of_nothing_sends_no_text(pat, texts, time_machine):
    pat.clinic.sms_monthly_cap = 0
    pat.clinic.save()
    at = datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("UTC"))
    assert text_at(time_machine, pat.user, "thing:1", at) == DeliveryState.CAPPED
    assert texts == []


LA = ZoneInfo("America/Los_Angeles")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def test_the_month_ends_at_midnight_in_the_clinics_time_zone_west_of_utc(pat, texts, time_machine):
    pat.clinic.sms_monthly_cap, pat.clinic.time_zone = 1, "America/Los_Angeles"
    pat.clinic.save()
    assert text_at(time_machine, pat.user, "a", datetime(2026, 1, 31, 15, tzinfo=LA)) == "sent"
    # 5 pm in Los Angeles is February in UTC, but still January at the clinic.
    assert text_at(time_machine, pat.user, "b", datetime(2026, 1, 31, 17, tzinfo=LA)) == "capped"
    assert text_at(time_machine, pat.user, "c", datetime(2026, 1, 31, 23, 59, tzinfo=LA)) == (
        "capped"
    )
    assert text_at(time_machine, pat.user, "d", datetime(2026, 2, 1, 0, 1, tzinfo=LA)) == "sent"
    assert AuditEvent.objects.filter(action="sms.capped").count() == 1


def test_the_month_ends_at_midnight_in_the_clinics_time_zone_east_of_utc(pat, texts, time_machine):
    pat.clinic.sms_monthly_cap, pat.clinic.time_zone = 1, "Pacific/Auckland"
    pat.clinic.save()
    assert text_at(time_machine, pat.user, "a", datetime(2026, 1, 31, 20, tzinfo=AUCKLAND)) == (
        "sent"
    )
    # 1 am on 1 February in Auckland is still January in UTC: a new month at the clinic.
    assert text_at(time_machine, pat.user, "b", datetime(2026, 2, 1, 1, tzinfo=AUCKLAND)) == (
        "sent"
    )
    assert text_at(time_machine, pat.user, "c", datetime(2026, 2, 1, 2, tzinfo=AUCKLAND)) == (
        "capped"
    )
    # Each month's first refusal is audited once.
    assert AuditEvent.objects.filter(action="sms.capped").count() == 1


def test_a_text_being_sent_by_another_sender_counts(pat, texts, time_machine):
    pat.clinic.sms_monthly_cap = 1
    pat.clinic.save()
    at = datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("UTC"))
    time_machine.move_to(at, tick=False)
    remind(pat.user, "first", at)
    remind(pat.user, "second", at)
    SmsChannel().deliver_pending(at)  # makes both deliveries, sends one, caps the other
    Delivery.objects.all().update(state=DeliveryState.PENDING, attempts=0, claimed_at=None)
    Delivery.objects.filter(notification__key="first").update(
        state=DeliveryState.SENDING, claimed_at=at
    )
    SmsChannel().deliver_pending(at)
    assert Delivery.objects.get(notification__key="second").state == DeliveryState.CAPPED


def test_whose_cap_applies(people, settings):
    settings.AFTERGLOW_SMS_MONTHLY_CAP = 30
    people.clinic.sms_monthly_cap = 4
    people.clinic.time_zone = "America/Denver"
    people.clinic.save()
    cedar = Allowance(cap=4, time_zone="America/Denver")
    assert allowance(people.patient) == allowance(people.clinician) == cedar
    # Fern is a clinician of Birch, which sets none: the server's, in Birch's time zone.
    assert allowance(people.foreign).cap == 30
    assert allowance(people.foreign).time_zone == people.other_clinic.time_zone
