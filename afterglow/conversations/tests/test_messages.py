"""Sending, reading, encryption at rest, read state, bad input."""

from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.conversations.models import Conversation, Message, ReadState
from afterglow.conversations.selectors import unread_for_patient
from afterglow.lib.limits import MESSAGE_MAX
from afterglow.testing.people import sign_in

MINE = reverse("conversations:mine")


def test_a_patient_writes_and_their_care_team_reads_and_replies(people):
    patient = sign_in(Client(), people.patient)
    response = patient.post(MINE, {"body": "The first night was strange but okay."})
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.from_patient and message.author == people.patient
    event = AuditEvent.objects.get(action="message.send")
    assert event.patient == people.pat and event.detail == {"from": "patient", "chars": 37}

    url = reverse("conversations:patient", args=[people.pat.pk])
    cara = sign_in(Client(), people.clinician)
    assert "The first night was strange" in cara.get(url).content.decode()
    reply = cara.post(url, {"body": "Thank you for telling us. Rest today."})
    assert reply.status_code == 302
    assert AuditEvent.objects.filter(action="message.send", actor=people.clinician).exists()
    conversation = Conversation.objects.get()
    assert unread_for_patient(conversation) == 1
    page = patient.get(MINE).content.decode()
    assert "Rest today." in page and "Cara Clinician" in page
    assert unread_for_patient(conversation) == 0


def test_messages_are_encrypted_at_rest(people):
    sign_in(Client(), people.patient).post(MINE, {"body": "marmalade-secret words"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM conversations_message")
        (stored,) = cursor.fetchone()
    assert "marmalade" not in stored


def test_read_state_is_per_person(people):
    sign_in(Client(), people.patient).post(MINE, {"body": "Hello team"})
    cara = sign_in(Client(), people.clinician)
    cara.get(reverse("conversations:patient", args=[people.pat.pk]))
    readers = set(ReadState.objects.values_list("user__email", flat=True))
    assert readers == {"pat@example.com", "cara@example.com"}


def test_an_empty_or_too_long_message_is_refused_and_kept(people):
    client = sign_in(Client(), people.patient)
    empty = client.post(MINE, {"body": "   "})
    assert empty.status_code == 400 and "Write a few words" in empty.content.decode()
    long = "word " * (MESSAGE_MAX // 5) + "end"
    response = client.post(MINE, {"body": long})
    page = response.content.decode()
    assert response.status_code == 400 and "up to 5,000 characters" in page
    assert "word word word end" in page  # what was typed is still there
    assert not Message.objects.exists()


def test_html_in_a_message_is_shown_as_text(people):
    sign_in(Client(), people.patient).post(MINE, {"body": "<script>alert(1)</script> hi"})
    page = (
        sign_in(Client(), people.clinician)
        .get(reverse("conversations:patient", args=[people.pat.pk]))
        .content.decode()
    )
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_the_standing_line_names_office_hours_and_the_crisis_numbers(people):
    from afterglow.conversations.services import messaging_settings_update

    messaging_settings_update(
        clinic=people.clinic, enabled=True, office_hours="weekdays, 9 AM to 5 PM"
    )
    page = sign_in(Client(), people.patient).get(MINE).content.decode()
    assert "during office hours: weekdays, 9 AM to 5 PM" in page
    assert "call or text 988, or call 911" in page
