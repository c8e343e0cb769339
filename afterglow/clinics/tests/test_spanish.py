"""The clinic admin's pages in Spanish (issue 23), and the first-run page for a browser that
asks for Spanish."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import Invitation
from afterglow.testing.people import sign_in


def lang_of(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_the_clinic_admins_pages_in_spanish(people):
    people.admin.language = "es"
    people.admin.save()
    client = sign_in(Client(), people.admin)
    client.post(
        reverse("clinics:invitation_new"),
        {"email": "new@example.com", "full_name": "Nina New", "role": "patient"},
    )
    assert Invitation.objects.filter(email="new@example.com").exists()
    expected = {
        reverse("clinics:home"): [
            "Administración de la clínica",
            "Invitar a alguien",
            "Lo que ven los pacientes",
            "Invitaciones",
            "Pendiente",
            "Retirar",
        ],
        reverse("clinics:staff"): [
            "Personal",
            "Verificación en dos pasos",
            "Profesional clínico",
            "Administrador de la clínica",
            "Restablecer",
        ],
        reverse("clinics:staff_member", args=[people.clinician.pk]): [
            "Guardar la función",
            "Desactivar a Cara Clinician",
        ],
        reverse("clinics:patients"): [
            "Pacientes",
            "Invitar a un paciente",
            "1 paciente invitado todavía no se ha unido",
            "Equipo de atención",
        ],
        reverse("clinics:patient_care_team", args=[people.pat.pk]): [
            "Equipo de atención de Pat Patient",
            "Guardar el equipo de atención",
        ],
        reverse("clinics:patient_import"): [
            "Invitar a pacientes desde un archivo CSV",
            "Archivo CSV",
            "Revisar el archivo",
        ],
        reverse("clinics:settings"): [
            "Configuración de la clínica",
            "Línea de crisis (llamada o mensaje de texto)",
            "Guardar la configuración",
        ],
        reverse("clinics:invitation_new"): [
            "Invitar a alguien a Cedar Clinic",
            "Enviar la invitación",
        ],
    }
    for url, phrases in expected.items():
        response = client.get(url)
        page = response.content.decode()
        assert response.status_code == 200, url
        assert lang_of(response) == "es", url
        assert [p for p in phrases if p not in page] == [], url


def test_a_bad_file_is_explained_in_spanish(people):
    people.admin.language = "es"
    people.admin.save()
    client = sign_in(Client(), people.admin)
    upload = client.post(
        reverse("clinics:patient_import"),
        {"file": _file("name,email\nNina,nina@example.com\n")},
    )
    assert "La primera fila debe nombrar las columnas email y full_name" in upload.content.decode()
    latin = client.post(reverse("clinics:patient_import"), {"file": _file(b"email\xe9", raw=True)})
    assert "guárdelo como “CSV UTF-8”" in latin.content.decode()


def test_saving_says_so_in_spanish(people):
    people.admin.language = "es"
    people.admin.save()
    client = sign_in(Client(), people.admin)
    client.post(
        reverse("clinics:invitation_new"),
        {"email": "later@example.com", "full_name": "Lee Later", "role": "patient"},
    )
    invitation = Invitation.objects.get(email="later@example.com")
    response = client.post(reverse("clinics:invitation_revoke", args=[invitation.pk]), follow=True)
    assert "La invitación a later@example.com ya no sirve." in response.content.decode()


def test_the_first_run_page_speaks_the_browsers_language(db):
    response = Client().get(reverse("first_run"), HTTP_ACCEPT_LANGUAGE="es")
    page = response.content.decode()
    assert lang_of(response) == "es"
    assert "Configure su clínica" in page and "Crear la clínica" in page
    assert "Código de configuración" in page


def _file(content, raw=False):
    data = content if raw else content.encode()
    return SimpleUploadedFile("patients.csv", data, content_type="text/csv")
