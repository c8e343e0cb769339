"""An invitation by text as well as email: an optional mobile number on the invite form,
normalised or refused; the text carries the link and nothing else; the number is not kept;
a provider that fails leaves the invitation made and says so."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import Invitation
from afterglow.audit.models import AuditEvent
from afterglow.reminders.channels.sms.backends import ConsoleBackend
from afterglow.reminders.tests import test_texts
from afterglow.testing.people import sign_in

NEW = reverse("clinics:invitation_new")
twilio = test_texts.twilio  # the provider's API on 127.0.0.1


@pytest.fixture
def console(settings):
    settings.AFTERGLOW_SMS_BACKEND = "console"
    ConsoleBackend.outbox.clear()
    yield ConsoleBackend.outbox
    ConsoleBackend.outbox.clear()


def invite(user, **extra):
    data = {"email": "nova@example.com", "full_name": "Nova New", "role": "patient", **extra}
    return sign_in(Client(), user).post(NEW, data, follow=True)


def test_the_link_is_texted_with_nothing_else(people, console):
    page = invite(people.clinician, phone="(312) 555-0142").content.decode()
    assert "Invitation sent to nova@example.com and by text." in page
    [(to, body)] = console
    emailed = re.search(r"(http://testserver/accounts/invitation/\S+/)", mail.outbox[-1].body)
    assert to == "+13125550142"
    assert body == (
        f"You have an invitation to Afterglow. It works once, for 7 days: {emailed.group(1)}"
    )
    assert "Nova" not in body and "Cedar" not in body and "ketamine" not in body.lower()
    invitation = Invitation.objects.get()
    assert "3125550142" not in str(vars(invitation))  # the number is not kept
    event = AuditEvent.objects.get(action="invitation.text")
    assert event.outcome == "success" and event.object_id == str(invitation.pk)
    assert "3125550142" not in str(event.detail)


def test_without_a_number_only_the_email_goes(people, console):
    page = invite(people.admin, phone="").content.decode()
    assert "Invitation sent to nova@example.com. It works for 7 days." in page
    assert console == [] and len(mail.outbox) == 1
    assert not AuditEvent.objects.filter(action="invitation.text").exists()


@pytest.mark.parametrize("typed", ["12", "call me", "+1 555 0000 0000 0000"])
def test_a_number_that_is_not_one_is_refused_and_nothing_is_sent(people, console, typed):
    response = invite(people.admin, phone=typed)
    page = response.content.decode()
    assert "doesn&#x27;t look like a phone number" in page or "look like a phone number" in page
    assert not Invitation.objects.exists() and console == [] and mail.outbox == []


def test_a_provider_that_fails_leaves_the_emailed_invitation(people, twilio):
    twilio.status = 503
    page = invite(people.admin, phone="+1 312 555 0142").content.decode()
    assert "The text could not be sent just now" in page
    assert Invitation.objects.count() == 1 and len(mail.outbox) == 1
    assert AuditEvent.objects.get(action="invitation.text").outcome == "failure"


def test_the_provider_is_sent_the_same_text(people, twilio):
    invite(people.admin, phone="+1 312 555 0142")
    [message] = twilio.messages
    assert message["To"] == "+13125550142"
    assert message["Body"].startswith("You have an invitation to Afterglow.")
