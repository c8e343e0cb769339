"""Every kind of email says only that something waits, and links to it."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from afterglow.reminders.delivery import Item, create, deliver
from afterglow.reminders.models import Kind, Medication, Notification
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.journal import write

LEAKS = [
    "sertraline",  # the patient's medicine
    "river of grief",  # their journal
    "phq",
    "gad",
    "score",
    "depress",
    "anxi",
    "ketamine",
    "spravato",
    "esketamine",
    "suicid",
    "self-harm",
    "dose",
    "mg",
    "journal",
    "check-in",
    "medicine",
    "medication",
    "session",
    "pat patient",
]


@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_no_email_holds_clinical_detail(people, kind):
    Medication.objects.create(patient=people.pat, name="Sertraline", dose="50 mg")
    write(people.pat, body="A river of grief today")
    user = people.clinician if kind == Kind.FLAG else people.patient
    prefs(user)  # no quiet hours: the email goes now
    item = Item(kind, f"{kind}:1", timezone.now(), f"Title of {kind}", "/today/")
    assert create(user, item, shown=True, dropped=False, email=True)
    deliver(Notification.objects.get(user=user, key=item.key), timezone.now())
    (message,) = mail.outbox
    text = f"{message.subject}\n{message.body}".lower()
    link = re.search(r"https?://\S+", text)
    assert link and "/notifications/" in link.group(0)
    without_link = text.replace(link.group(0), "")
    assert [leak for leak in LEAKS if leak in without_link] == []
    assert "title of" not in without_link  # not even the in-app title
    assert message.to == [user.email]
