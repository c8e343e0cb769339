"""The summary for the next visit in Spanish: the patient's page, and the care team's page and
print view each in the reader's own language, the patient's words as written."""

from django.test import Client
from django.urls import reverse

from afterglow.testing.people import sign_in
from afterglow.visits.tests.helpers import live_a_period, share


def spanish(*users) -> None:
    for user in users:
        user.language = "es"
        user.save()


def test_the_patient_prepares_it_in_spanish(people, time_machine):
    spanish(people.patient)
    live_a_period(people, time_machine)
    response = sign_in(Client(), people.patient).get(reverse("visits:prepare"))
    page = response.content.decode()
    assert '<html lang="es"' in page
    for words in (
        "Su resumen para la próxima visita",
        "Lo que ha pasado desde su última sesión de integración, el martes 10 de marzo.",
        "Incluir “Sesiones de tratamiento” en mi resumen",
        "6 puntos menos que antes de que empezara este período.",
        "6 controles diarios, estado de ánimo",
        "Una entrada sin título",
        "Solo usted puede ver esto hasta que lo comparta.",
        "Guardar y compartir con mi equipo de atención",
    ):
        assert words in page, words
    assert "River morning" in page  # a title the patient wrote, as written


def test_the_care_team_reads_and_prints_it_in_its_own_language(people, time_machine):
    spanish(people.clinician)  # Pat reads English
    live_a_period(people, time_machine)
    share(people, questions="Why do evenings dip?")
    cara = sign_in(Client(), people.clinician)
    summary = cara.get(reverse("visits:patient", args=[people.pat.pk])).content.decode()
    assert '<html lang="es"' in summary
    assert "Resumen para la próxima visita: Pat Patient" in summary
    assert "Preparado y compartido por el paciente el 20 Mar 2026" in summary
    assert "Las preguntas del paciente" in summary and "Why do evenings dip?" in summary
    printed = cara.get(reverse("visits:print", args=[people.pat.pk])).content.decode()
    assert "Versión para imprimir" not in printed and "Imprimir" in printed
    assert "Desde la última sesión de integración (10 Mar 2026) hasta el 20 Mar 2026." in printed
    assert "Confidencial: sobre un paciente, para su equipo de atención." in printed
    mine = sign_in(Client(), people.patient).get(reverse("visits:prepare")).content.decode()
    assert '<html lang="en"' in mine and "Your summary for the next visit" in mine
