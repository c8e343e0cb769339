"""Treatments in Spanish (issue 23): the patient's "My treatments" and intention, and the care
team's session, plan and REMS pages for a clinician who reads Spanish."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session, scheduled_session
from afterglow.treatments.models import MaintenancePlan, Protocol

NOW = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)


def lang_of(page: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', page)
    assert match is not None
    return match.group(1)


def spanish(user) -> Client:
    user.language = "es"
    user.save()
    return sign_in(Client(), user)


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def test_my_treatments_in_spanish(people, now):
    protocol = Protocol.objects.get(clinic=people.clinic, key="spravato-label")
    MaintenancePlan.objects.create(
        patient=people.pat, protocol=protocol, start_date=(now - timedelta(days=2)).date()
    )
    completed_session(people.pat, ended=now - timedelta(days=2), modality="spravato")
    page = spanish(people.patient).get(reverse("treatments:mine")).content.decode()
    assert lang_of(page) == "es" and "Mis tratamientos" in page and "Lo que sigue" in page
    assert "Spravato (calendario de la etiqueta)" in page  # the shipped protocol's name
    assert "Semanas 1 a 4: dos veces por semana" in page
    assert "Su próxima sesión corresponde" in page
    assert "Spravato (esketamina en aerosol nasal)" in page and "Realizada" in page
    assert "Siga tomando sus otros medicamentos tal como se los recetaron" in page


def test_nothing_planned_yet_in_spanish(people, now):
    page = spanish(people.patient).get(reverse("treatments:mine")).content.decode()
    assert "Todavía no hay nada planificado." in page and "Todavía no hay sesiones." in page


def test_the_intention_page_in_spanish(people, now):
    session = scheduled_session(people.pat, starts=now + timedelta(hours=20))
    client = spanish(people.patient)
    url = reverse("treatments:intention", args=[session.pk])
    page = client.get(url).content.decode()
    assert "Una intención para su sesión" in page and "¿Qué le gustaría entender?" in page
    assert "Compartirla con mi equipo de atención" in page and "Guardar mi intención" in page
    saved = client.post(url, {"text": "To rest"}, follow=True).content.decode()
    assert "Su intención está guardada." in saved


def test_the_care_teams_session_and_plan_forms_in_spanish(people, now):
    client = spanish(people.clinician)
    page = client.get(reverse("treatments:session_new", args=[people.pat.pk])).content.decode()
    assert lang_of(page) == "es" and "Registrar o programar una sesión" in page
    assert "Modalidad" in page and "Ketamina IV" in page and "Guardar la sesión" in page
    assert "nunca sugiere una dosis" in page
    plan = client.get(reverse("treatments:plan_edit", args=[people.pat.pk])).content.decode()
    assert "Plan de mantenimiento de Pat Patient" in plan and "Elija un protocolo" in plan
    assert "Spravato (calendario de la etiqueta)" in plan
    refused = client.post(
        reverse("treatments:plan_edit", args=[people.pat.pk]), {"start_phase": "induction"}
    )
    assert "Elija el protocolo que sigue este plan." in refused.content.decode()


def test_the_rems_form_and_summary_in_spanish(people, now):
    session = completed_session(people.pat, ended=now - timedelta(hours=3), modality="spravato")
    client = spanish(people.clinician)
    url = reverse("treatments:monitoring", args=[people.pat.pk, session.pk])
    page = client.get(url).content.decode()
    assert "Registro de monitoreo de Spravato" in page
    assert "Presión arterial unos 40 minutos después" in page and "Número de lote" in page
    data = {
        "dose": "56",
        "lot_number": "LOT123",
        "bp_before_systolic": 128,
        "bp_before_diastolic": 82,
        "bp_40_systolic": 142,
        "bp_40_diastolic": 88,
        "bp_discharge_systolic": 130,
        "bp_discharge_diastolic": 84,
        "monitoring_minutes": 90,
    }
    short = client.post(url, data).content.decode()
    assert "El monitoreo duró menos de 2 horas: indique por qué" in short
    data["short_monitoring_reason"] = "Left against advice"
    summary = client.post(url, data, follow=True).content.decode()
    assert "Resumen de monitoreo SPRAVATO REMS" in summary
    assert "90 minutos (menos de 2 horas: Left against advice)" in summary
    assert "Ninguno registrado" in summary
