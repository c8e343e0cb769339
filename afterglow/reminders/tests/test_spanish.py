"""Reminders in Spanish (issue 23): the pages of a Spanish-speaking person, and every
reminder (in Afterglow, by email, push and text) written in the RECIPIENT's language,
whoever reads English beside them. The texts stay short and content-free."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from afterglow.reminders.channels import push
from afterglow.reminders.channels.sms.backends import ConsoleBackend
from afterglow.reminders.delivery import Item, create, deliver
from afterglow.reminders.models import Kind, Medication, Notification, PushSubscription, TextNumber
from afterglow.reminders.send import run
from afterglow.reminders.tests.helpers import prefs
from afterglow.testing.people import sign_in
from afterglow.testing.pushstub import PushStub, b64
from afterglow.testing.treatments import completed_session, scheduled_session

NY = ZoneInfo("America/New_York")


def at(*args):
    return datetime(*args, tzinfo=NY)


def lang_of(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def speaks(user, code):
    user.language = code
    user.time_zone = "America/New_York"
    user.save()


@pytest.fixture
def stub(settings):
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    settings.AFTERGLOW_VAPID_PRIVATE_KEY = pem.decode()
    settings.AFTERGLOW_VAPID_SUBJECT = "mailto:care@clinic.example"
    settings.AFTERGLOW_PUSH_HOSTS = ["127.0.0.1"]
    settings.AFTERGLOW_PUSH_TIMEOUT = 1
    service = PushStub(server_key=push.application_server_key()).start()
    yield service
    service.stop()


@pytest.fixture
def two(people, settings, stub):
    """Pat reads Spanish, Olive (same clinic, English) reads English; each has a session that
    ended this morning, email, a device with push on and a verified number for texts."""
    settings.AFTERGLOW_SMS_BACKEND = "console"
    settings.AFTERGLOW_BASE_URL = "https://afterglow.example.org"
    ConsoleBackend.outbox.clear()
    speaks(people.patient, "es")
    speaks(people.other_patient, "")
    numbers = {people.patient: "+13125550142", people.other_patient: "+13125550143"}
    for user, number in numbers.items():
        prefs(user, off=["questionnaire", "circle", "daily_check"])
        completed_session(user.patient, ended=at(2026, 3, 10, 11))
        device = stub.device(user.email)
        PushSubscription.objects.create(
            user=user, endpoint=device.endpoint, p256dh=device.p256dh, auth=b64(device.auth)
        )
        TextNumber.objects.create(user=user, number=number, verified_at=at(2026, 3, 1, 9))
    return numbers


def test_a_reminder_reaches_each_patient_in_their_own_language_everywhere(people, two, stub):
    result = run(at(2026, 3, 10, 17, 1))  # the evening check-in opens
    assert (result.created, result.emailed, result.pushed, result.texted) == (2, 2, 2, 2)

    # In Afterglow: the title is written in each one's language.
    assert Notification.objects.get(user=people.patient).title == (
        "Su registro de la noche está listo cuando usted lo esté"
    )
    assert Notification.objects.get(user=people.other_patient).title == (
        "Your evening check-in is ready when you are"
    )

    # By email.
    emails = {message.to[0]: message for message in mail.outbox}
    spanish, english = emails[people.patient.email], emails[people.other_patient.email]
    assert spanish.subject == "Hay algo para usted en Afterglow"
    assert spanish.body.startswith("Hola, Pat:")
    assert "Hay algo para usted en Afterglow. Puede abrirlo aquí:" in spanish.body
    assert "en la página Recordatorios" in spanish.body
    assert english.subject == "Something is waiting for you in Afterglow"
    assert "You can open it here:" in english.body and "Hola" not in english.body

    # By push: the same few words, in each one's language.
    assert [m for m in stub.received if "error" in m] == []
    assert {m["path"]: m["message"]["body"] for m in stub.received} == {
        f"/push/{people.patient.email}": "Hay algo para usted en Afterglow",
        f"/push/{people.other_patient.email}": "Something is waiting for you in Afterglow",
    }

    # By text: short, content-free, STOP kept as the carriers' keyword.
    texts = dict(ConsoleBackend.outbox)
    es_text, en_text = texts[two[people.patient]], texts[two[people.other_patient]]
    assert re.fullmatch(
        r"Hay algo para usted en Afterglow\. https://afterglow\.example\.org"
        r"/notifications/[0-9a-f-]+/ \(Responda STOP para dejar de recibirlos\.\)",
        es_text,
    )
    assert re.fullmatch(
        r"Something is waiting for you in Afterglow\. https://afterglow\.example\.org"
        r"/notifications/[0-9a-f-]+/ \(Reply STOP to stop these texts\.\)",
        en_text,
    )
    assert len(es_text) <= len(en_text) + 5


def test_every_reminder_title_has_its_spanish(people, two):
    """Everything ``due`` can say for one patient, said in Spanish: no English left."""
    pat = people.pat
    prefs(people.patient, off=[])
    Medication.objects.create(patient=pat, name="Sertraline", times=["08:00"])
    scheduled_session(pat, starts=at(2026, 3, 11, 10))
    run(at(2026, 3, 10, 17, 1))
    titles = set(Notification.objects.filter(user=people.patient).values_list("title", flat=True))
    assert "Su sesión es mañana: algunas cosas para prepararse" in titles
    assert "¿Tomó hoy sus medicamentos según lo recetado? Un toque para anotarlo" in titles
    english = re.compile(r"\b(your|the|ready|time|is)\b", re.IGNORECASE)
    assert [t for t in titles if english.search(t)] == []


def test_the_care_team_is_told_of_a_flag_in_each_clinicians_language(people):
    speaks(people.clinician, "es")
    speaks(people.outsider, "en")
    for clinician in (people.clinician, people.outsider):
        prefs(clinician)
        item = Item(Kind.FLAG, "flag:1", timezone.now(), "A patient needs you", "/caseload/")
        assert create(clinician, item, shown=True, dropped=False, email=True)
        deliver(Notification.objects.get(user=clinician), timezone.now())
    emails = {message.to[0]: message for message in mail.outbox}
    spanish = emails[people.clinician.email]
    assert spanish.subject == "Afterglow: un paciente a su cargo necesita su atención"
    assert "Inicie sesión para verla:" in spanish.body
    assert "no incluye ningún dato clínico" in spanish.body
    english = emails[people.outsider.email]
    assert english.subject == "Afterglow: someone on your care team needs you"


def test_the_code_is_texted_in_the_persons_language(people, settings):
    settings.AFTERGLOW_SMS_BACKEND = "console"
    ConsoleBackend.outbox.clear()
    speaks(people.patient, "es")
    client = sign_in(Client(), people.patient)
    response = client.post(
        reverse("reminders:texts"), {"number": "(312) 555-0142", "agree": "on"}, follow=True
    )
    [(_to, body)] = ConsoleBackend.outbox
    assert re.fullmatch(r"Su código de Afterglow es \d{6}\. Sirve durante 15 minutos\.", body)
    page = response.content.decode()
    assert lang_of(response) == "es"
    assert "Le enviamos un código por mensaje de texto." in page
    assert "Escriba el código que le enviamos por mensaje de texto" in page


def test_the_calendar_speaks_its_owners_language_whoever_fetches_it(people):
    speaks(people.patient, "es")
    scheduled_session(people.pat, starts=timezone.now() + timedelta(days=3))
    client = sign_in(Client(), people.patient)
    page = client.post(reverse("reminders:calendar_new")).content.decode()
    link = re.search(r'id="feed-link">([^<]+)<', page).group(1)
    feed = Client().get(link.split("testserver")[-1], HTTP_ACCEPT_LANGUAGE="en")
    events = Calendar.from_ical(feed.content).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} == {"Cita de Afterglow"}
    assert str(events[0]["DESCRIPTION"]).startswith("Los detalles están en Afterglow: ")


def test_the_reminder_pages_in_spanish(people):
    speaks(people.patient, "es")
    pat = people.pat
    Medication.objects.create(patient=pat, name="Sertraline", dose="50 mg", times=["08:00"])
    create(
        people.patient,
        Item(Kind.MESSAGE, "m:1", timezone.now(), "Tiene un mensaje nuevo", "/messages/"),
        shown=True,
        dropped=False,
        email=False,
    )
    client = sign_in(Client(), people.patient)
    expected = {
        "reminders:preferences": [
            "De qué le avisamos, y cuándo",
            "Recordarme sobre",
            "Cuestionarios de seguimiento",
            "Silencio desde",
            "Su calendario",
            "Notificaciones en este dispositivo",
        ],
        "reminders:medications": [
            "Sus medicamentos",
            "¿Tomó hoy sus medicamentos según lo recetado?",
            "Sí, según lo recetado",
            "Olvidé una toma",
            "Agregar un medicamento",
            "a las ",
        ],
        "reminders:notifications": ["Notificaciones", "Marcar todas como leídas", "(nueva)"],
        "reminders:texts": ["Recordatorios por mensaje de texto", "Su número de celular"],
    }
    for name, phrases in expected.items():
        response = client.get(reverse(name))
        page = response.content.decode()
        assert lang_of(response) == "es", name
        assert [p for p in phrases if p not in page] == [], name
    answered = client.post(reverse("reminders:medication_check"), {"answer": "yes"}, follow=True)
    assert "Anotado. Gracias." in answered.content.decode()
    assert "Usted anotó: <strong>Sí, según lo recetado</strong>." in answered.content.decode()


def test_a_spanish_speaking_clinician_reads_how_they_hear_of_flags(people):
    speaks(people.clinician, "es")
    response = sign_in(Client(), people.clinician).get(reverse("reminders:preferences"))
    page = response.content.decode()
    assert lang_of(response) == "es"
    assert "Cómo se entera de las alertas" in page
    assert "Enviarme también un correo electrónico cuando haya una alerta" in page


def test_an_english_speaker_still_reads_english(people):
    response = sign_in(Client(), people.patient).get(reverse("reminders:medications"))
    assert lang_of(response) == "en"
    assert "Your medicines" in response.content.decode()
