"""Integration in Spanish (issue 23): the roadmap, goals and steps, the weekly review, the
agenda for an integration session, the care team's pages; and the homework a clinician gives
lands under a goal titled in the patient's language, whatever the clinician reads."""

import html
import re
from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.integration.models import Goal, IntegrationSession
from afterglow.integration.services import goal_create, session_schedule
from afterglow.testing.people import sign_in
from afterglow.wellbeing.models import DIMENSION_KEYS, Focus
from afterglow.wellbeing.services import assessment_take

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def es(user):
    user.language = "es"
    user.save(update_fields=["language"])
    return user


def page_of(response) -> str:
    return html.unescape(response.content.decode())


def lang_of(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def a_goal(people):
    return goal_create(
        patient=people.pat,
        title="Walk with my sister",
        why="",
        dimension="social",
        area="communication",
        target_date=None,
        steps=[("Call her", None), ("Pick a day", None)],
        request=None,
    )


def test_the_roadmap_and_a_goal_read_in_spanish(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    goal = a_goal(people)
    session_schedule(
        patient=people.pat,
        by=people.clinician,
        scheduled_for=NOW + timedelta(days=2),
        treatment=None,
        request=None,
    )
    client = sign_in(Client(), es(people.patient))
    page = page_of(client.get(reverse("integration:roadmap")))
    assert lang_of(page) == "es"
    assert "Su hoja de ruta" in page and "Su próxima sesión de integración" in page
    assert "a las" in page and "con Cara Clinician." in page
    assert "0 de 2 pasos hechos" in page and "En progreso" in page
    assert "Las siete áreas de integración" in page and "Creencias limitantes" in page
    assert "Haga un repaso de dos minutos" in page
    detail = page_of(client.get(reverse("integration:goal", args=[goal.pk])))
    assert "Walk with my sister" in detail  # the patient's own words, as written
    assert "Social · Comunicación y afrontamiento" in detail
    assert "Agregar un paso pequeño" in detail and ">Completada</option>" in detail


def test_the_goal_form_and_the_weekly_review_read_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    page = page_of(client.get(reverse("integration:goal_new")))
    assert "Una nueva meta" in page and "Por qué es importante para usted" in page
    assert "Un primer paso pequeño" in page and ">Física</option>" in page
    refused = page_of(client.post(reverse("integration:goal_new"), {"title": ""}))
    assert "Describa su meta en pocas palabras." in refused
    a_goal(people)
    review = client.post(
        reverse("integration:review"), {"went_well": "I called", "was_hard": ""}, follow=True
    )
    assert "Gracias. Los pasos pequeños cuentan." in page_of(review)


def test_the_agenda_reads_in_spanish(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    session = session_schedule(
        patient=people.pat,
        by=people.clinician,
        scheduled_for=NOW + timedelta(days=2),
        treatment=None,
        request=None,
    )
    client = sign_in(Client(), es(people.patient))
    url = reverse("integration:agenda", args=[session.pk])
    page = page_of(client.get(url))
    assert "Antes de su sesión de integración" in page and "¿De qué quiere hablar?" in page
    saved = client.post(url, {"topics": "Sleep", "goals_note": ""}, follow=True)
    assert "Sus notas para la sesión están guardadas." in page_of(saved)


def test_the_clinician_reads_the_integration_page_in_their_own_language(people):
    scores = dict.fromkeys(DIMENSION_KEYS, 5)
    assessment_take(patient=people.pat, scores=scores, notes={}, request=None)
    Focus.objects.create(patient=people.pat, dimensions=["social", "physical"])
    a_goal(people)
    es(people.patient)
    url = reverse("integration:patient", args=[people.pat.pk])
    english = page_of(sign_in(Client(), people.clinician).get(url))
    assert lang_of(english) == "en" and "Integration: Pat Patient" in english
    assert "Focus: Social, Physical" in english and "0/2 steps" in english
    spanish = page_of(sign_in(Client(), es(people.clinician)).get(url))
    assert "Integración: Pat Patient" in spanish and "Enfoque: Social, Física" in spanish
    assert "Programar una sesión" in spanish and "0/2 pasos" in spanish
    assert "Gráfico de radar del círculo de Pat" in spanish and "Todos los círculos" in spanish


def test_homework_lands_under_a_goal_titled_in_the_patients_language(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    titles = {}
    for language in ("en", "es"):
        Goal.objects.all().delete()
        people.patient.language = language
        people.patient.save(update_fields=["language"])
        session = IntegrationSession.objects.create(
            patient=people.pat, status="scheduled", scheduled_for=NOW - timedelta(hours=2)
        )
        client = sign_in(Client(), people.clinician)  # reads English
        url = reverse("integration:note", args=[people.pat.pk, session.pk])
        response = client.post(url, {"insights": "", "tools": "", "homework_step": "Walk"})
        assert response.status_code == 302
        assert "Note saved." in page_of(client.get(response["Location"]))
        titles[language] = Goal.objects.get(patient=people.pat, homework=True).title
    assert titles == {"en": "From my integration sessions", "es": "De mis sesiones de integración"}
