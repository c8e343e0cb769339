"""The clinician's workspace in Spanish (issue 23): the caseload and a patient's page, for a
clinician who reads Spanish; the patient's own words stay as they wrote them."""

import re
from datetime import UTC, date, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.journal.services import entry_share
from afterglow.reminders.models import Medication, MedicationCheck
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.journal import write
from afterglow.testing.people import make_user, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import MaintenancePlan, Protocol

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def lang_of(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def a_week_of_care(people):
    """Pat: a plan, a session two days ago with no check-in, a safety flag, a shared entry
    and a medicine taken today; Zoë: a plan and nothing else."""
    people.clinician.language = "es"
    people.clinician.save()
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    MaintenancePlan.objects.create(
        patient=people.pat, protocol=protocol, start_date=date(2026, 1, 1)
    )
    zoe = Patient.objects.create(
        user=make_user("zoe@example.com", "Zoë Quinn"), clinic=people.clinic
    )
    CareTeamMember.objects.create(patient=zoe, clinician=people.clinician)
    MaintenancePlan.objects.create(patient=zoe, protocol=protocol, start_date=date(2026, 1, 1))
    session = completed_session(people.pat, ended=NOW - timedelta(days=2), modality="iv")
    flag_raise(
        patient=people.pat,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["chest_pain"],
        source=session,
    )
    entry_share(entry=write(people.pat, body="Para Cara"), shared=True, request=None)
    Medication.objects.create(patient=people.pat, name="Sertraline", times=["08:00"])
    MedicationCheck.objects.create(patient=people.pat, day=date(2026, 3, 20), answer="yes")


def test_the_caseload_in_spanish(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    a_week_of_care(people)
    response = sign_in(Client(), people.clinician).get(reverse("careteam:caseload"))
    page = response.content.decode()
    assert lang_of(response) == "es"
    for phrase in [
        "Sus pacientes a cargo",
        "Lo más urgente primero",
        "Alertas de seguridad",
        "Ordenar por",
        "2 de 2 pacientes",
        ">Última actividad<",
        'data-label="Alertas"',
        'data-label="Próxima"',
        "Seguridad: ",
        "Registros sin hacer",
        "1 compartida hace poco",
        "20 mar",  # the day, in Spanish order and words
    ]:
        assert phrase in page, phrase
    body = page[page.index("<tbody>") :]
    assert body.index("Pat Patient") < body.index("Zoë Quinn")  # safety first, as in English
    assert "Mar 20" not in body and "newly shared" not in body


def test_a_patients_page_in_spanish(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    a_week_of_care(people)
    url = reverse("careteam:patient", args=[people.pat.pk])
    response = sign_in(Client(), people.clinician).get(url)
    page = response.content.decode()
    assert lang_of(response) == "es"
    for phrase in [
        "← Pacientes a cargo",
        "Alertas abiertas",
        "Marcar como vista",
        "Tratamiento",
        "Registrar o programar una sesión",
        "1 entrada compartida en este momento.",
        "Medicamentos, tal como los anota el paciente",
        "Tomados según lo recetado, últimos 14 días: 1 sí",
        "Registros recientes",
        "Todavía no hay registros.",
        "Cronología",
        "Mostrar en la cronología",
        "Entradas compartidas",
        "Alerta: ",
        "Contacto de emergencia",
        "Equipo de atención",
    ]:
        assert phrase in page, phrase
    assert "Sertraline" in page  # the patient's own words, as they wrote them
    assert "Open flags" not in page and "Recent check-ins" not in page


def test_an_english_speaking_colleague_reads_the_same_caseload_in_english(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    a_week_of_care(people)
    people.clinician.language = "en"
    people.clinician.save()
    page = sign_in(Client(), people.clinician).get(reverse("careteam:caseload")).content.decode()
    assert "Your caseload" in page and "1 newly shared" in page and "Mar 20" in page
    assert "Missed check-ins" in page and "Sus pacientes" not in page
