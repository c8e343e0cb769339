"""The first 24 hours in Spanish (issue 23): the plan and its safety rules, the check-ins, the
red-flag page and the companion guide. A rule the clinic wrote itself stays as written."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.aftercare.models import SafetyRule
from afterglow.safety.models import TextCheck
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session, scheduled_session

ENDED = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # noon in Chicago
EVENING = datetime(2026, 3, 11, 1, 0, tzinfo=UTC)  # 8 pm in Chicago
MORNING = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)  # 9 am next day in Chicago


def lang_of(page: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', page)
    assert match is not None
    return match.group(1)


@pytest.fixture
def es(people) -> Client:
    people.patient.language = "es"
    people.patient.save()
    return sign_in(Client(), people.patient)


@pytest.fixture
def at(time_machine):
    def move(moment):
        time_machine.move_to(moment, tick=False)

    move(ENDED + timedelta(hours=1))
    return move


def test_after_spravato_the_plan_and_its_driving_rule_read_in_spanish(people, es, at):
    session = completed_session(people.pat, ended=ENDED, modality="spravato")
    es.post(reverse("aftercare:feeling", args=[session.pk]), {"feelings": ["fatigued"]})
    page = es.get("/today/").content.decode()
    assert lang_of(page) == "es"
    assert "Primero, la seguridad" in page
    assert "No maneje ni use maquinaria hasta mañana" in page
    assert "Hoy otra persona le lleva a casa." in page
    assert "De dónde viene esto" in page
    assert "Información de prescripción de SPRAVATO en EE. UU." in page
    assert "Su plan para hoy" in page and "Descansar" in page and "Beber agua" in page
    assert "¿Cómo se siente en este momento?" in page and "Con cansancio" in page
    assert "Que hoy mande el descanso" in page  # the suggestion for "tired"
    assert "0 vasos hasta ahora" in page
    assert "No driving or machinery" not in page and "Safety first" not in page


def test_a_rule_the_clinic_rewrote_is_shown_as_the_clinic_wrote_it(people, es, at):
    rule = SafetyRule.objects.get(clinic=people.clinic, key="spravato-driving")
    rule.title = "Nada de manejar hoy: lo dice nuestra clínica"
    rule.save()
    completed_session(people.pat, ended=ENDED, modality="spravato")
    page = es.get("/today/").content.decode()
    assert "Nada de manejar hoy: lo dice nuestra clínica" in page
    assert "Hoy otra persona le lleva a casa." in page  # its body is still the shipped one


def test_the_day_before_a_session_shows_how_to_prepare_in_spanish(people, es, at):
    scheduled_session(people.pat, starts=ENDED + timedelta(hours=20))
    page = es.get("/today/").content.decode()
    assert "Cómo prepararse para su sesión" in page
    assert "No coma nada durante las 2 horas previas" in page
    assert "Organice quién le lleve a casa" in page


def test_the_check_ins_are_in_spanish(people, es, at):
    session = completed_session(people.pat, ended=ENDED)
    evening = reverse("aftercare:check_in", args=[session.pk, "evening"])
    closed = es.get(evening).content.decode()
    assert "Este registro todavía no está abierto" in closed
    at(EVENING)
    es.force_login(people.patient)
    page = es.get(evening).content.decode()
    assert lang_of(page) == "es" and "¿Cómo estuvo su día?" in page
    assert "resaca emocional" in page and "¿Cómo está su ánimo?" in page
    assert "¿Hubo algo difícil hoy?" in page and "Enviar mi registro" in page
    assert "Muy bajo" in page
    done = es.post(evening, {"mood": 3}, follow=True).content.decode()
    assert "Gracias por hacer su registro." in done
    at(MORNING)
    es.force_login(people.patient)
    morning = es.get(reverse("aftercare:check_in", args=[session.pk, "morning"])).content.decode()
    assert "Buenos días. ¿Cómo está?" in morning and "¿Cómo durmió?" in morning
    assert "Dolor de cabeza" in morning and "Dolor en el pecho" in morning


def test_a_red_flag_answer_shows_who_to_call_in_spanish(people, es, time_machine):
    session = completed_session(people.pat, ended=ENDED)
    time_machine.move_to(EVENING, tick=False)
    es.force_login(people.patient)
    url = reverse("aftercare:check_in", args=[session.pk, "evening"])
    page = es.post(url, {"mood": 1, "red_flags": ["self_harm"]}).content.decode()
    assert "Gracias por decírnoslo. Por favor, comuníquese con alguien ahora." in page
    assert "Llame o envíe un mensaje de texto al 988" in page
    assert "En español: al llamar al 988, marque el 2" in page
    assert "Envíe HOME por mensaje de texto al 741741" in page


def test_an_english_crisis_note_in_a_check_in_shows_the_spanish_notice(people, es, time_machine):
    session = completed_session(people.pat, ended=ENDED)
    time_machine.move_to(EVENING, tick=False)
    es.force_login(people.patient)
    url = reverse("aftercare:check_in", args=[session.pk, "evening"])
    note = "I have been saving my pills and tonight I want to end it all"
    page = es.post(url, {"mood": 2, "note": note}).content.decode()
    assert TextCheck.objects.get().level == "crisis"
    assert "Parte de lo que escribió suena muy difícil." in page
    assert "Su equipo de atención puede leer sus registros" in page


def test_the_companion_guide_reads_in_the_companions_language(people, time_machine):
    time_machine.move_to(ENDED - timedelta(hours=1), tick=False)
    scheduled_session(people.pat, starts=ENDED - timedelta(minutes=30))
    client = sign_in(Client(), people.patient)
    page = client.post(reverse("aftercare:companion")).content.decode()
    link = re.search(r'value="(http[^"]+)"', page)
    assert link is not None
    path = link.group(1).split("testserver")[-1]
    guide = Client(HTTP_ACCEPT_LANGUAGE="es").get(path).content.decode()
    assert lang_of(guide) == "es" and "Gracias por acompañar a Pat" in guide
    assert "No debe manejar ni usar maquinaria hasta el día siguiente" in guide
    assert "En español: al llamar al 988, marque el 2" in guide
    english = Client().get(path).content.decode()
    assert "Thank you for being with Pat" in english and "En español" not in english
