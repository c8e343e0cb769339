"""Conversations in Spanish (issue 23): each side's pages in their own language, and the
notice of a new message in the RECIPIENT's language, not the sender's."""

import re
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from afterglow.conversations.services import message_send
from afterglow.reminders.models import Notification
from afterglow.testing.people import sign_in

MINE = reverse("conversations:mine")


def lang_of(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.fixture
def daytime(time_machine):
    time_machine.move_to(datetime(2026, 3, 20, 15, tzinfo=UTC), tick=False)  # not quiet hours


def test_a_spanish_speakers_message_reaches_an_english_speaking_clinician_in_english(
    people, daytime, django_capture_on_commit_callbacks
):
    people.patient.language = "es"
    people.patient.save()
    client = sign_in(Client(), people.patient)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(MINE, {"body": "La primera noche fue rara."}, follow=True)
    assert lang_of(response) == "es"
    assert "Enviado. Su equipo de atención lo leerá en horario de atención." in (
        response.content.decode()
    )
    notification = Notification.objects.get(user=people.clinician)
    assert notification.title == "A patient on your care team sent a message"
    (email,) = mail.outbox
    assert email.to == [people.clinician.email]
    assert email.subject == "Something is waiting for you in Afterglow"
    assert "Hola" not in email.body


def test_an_english_speaking_clinicians_reply_reaches_a_spanish_speaker_in_spanish(
    people, daytime, django_capture_on_commit_callbacks
):
    people.patient.language = "es"
    people.patient.save()
    cara = sign_in(Client(), people.clinician)
    url = reverse("conversations:patient", args=[people.pat.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = cara.post(url, {"body": "Thank you for telling us."}, follow=True)
    assert lang_of(response) == "en" and "Sent." in response.content.decode()
    notification = Notification.objects.get(user=people.patient)
    assert notification.title == "Tiene un mensaje nuevo de su equipo de atención"
    (email,) = mail.outbox
    assert email.to == [people.patient.email]
    assert email.subject == "Hay algo para usted en Afterglow"
    assert email.body.startswith("Hola, Pat:")
    assert "Thank you" not in email.body  # never the words of the message


def test_a_clinic_in_spanish_writes_to_its_people_in_spanish_unless_they_chose_english(
    people, daytime, django_capture_on_commit_callbacks
):
    people.clinic.language = "es"
    people.clinic.save()
    people.clinician.language = "en"
    people.clinician.save()
    with django_capture_on_commit_callbacks(execute=True):
        message_send(patient=people.pat, author=people.patient, body="Hola")
        message_send(patient=people.pat, author=people.clinician, body="Hello")
    titles = dict(Notification.objects.values_list("user__email", "title"))
    assert titles == {
        people.clinician.email: "A patient on your care team sent a message",
        people.patient.email: "Tiene un mensaje nuevo de su equipo de atención",
    }


def test_the_conversation_pages_in_spanish(people):
    people.patient.language = "es"
    people.patient.save()
    people.clinician.language = "es"
    people.clinician.save()
    message_send(patient=people.pat, author=people.patient, body="Hola")
    patient_page = sign_in(Client(), people.patient).get(MINE)
    page = patient_page.content.decode()
    assert lang_of(patient_page) == "es"
    assert "Mensajes con su equipo de atención" in page
    assert "Su equipo de atención lee los mensajes en el horario de atención" in page
    assert "Usted" in page and "Su mensaje" in page and ">Enviar<" in page

    cara = sign_in(Client(), people.clinician)
    inbox = cara.get(reverse("conversations:inbox"))
    assert lang_of(inbox) == "es"
    assert "Conversaciones" in inbox.content.decode()
    assert "Todo el equipo de atención" in inbox.content.decode()
    thread = cara.get(reverse("conversations:patient", args=[people.pat.pk])).content.decode()
    assert "Conversación con Pat Patient" in thread
    assert "A cargo de todo el equipo de atención." in thread
    assert "Pasar esta conversación a" in thread and "Marcar como terminada" in thread


def test_the_messaging_settings_page_in_spanish(people):
    people.admin.language = "es"
    people.admin.save()
    response = sign_in(Client(), people.admin).get(reverse("conversations:settings"))
    page = response.content.decode()
    assert lang_of(response) == "es"
    assert "Los pacientes pueden enviar mensajes a su equipo de atención" in page
    assert "Administración de la clínica" in page
