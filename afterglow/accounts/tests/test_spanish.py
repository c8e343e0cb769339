"""Afterglow in Spanish for the site-wide pages: the frame, Today, errors, signing in, the
account, two-step sign-in, the patient's data, API tokens and the API's errors (issue 23).

Pages follow the reader's language; emails follow the recipient's: an invitation goes to
someone without an account yet, so it is written in their clinic's language, and a password
reset in the account holder's, whoever asked and whatever their browser speaks.
"""

import io
import re
import zipfile
from datetime import UTC, datetime

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from afterglow.accounts.models import User
from afterglow.accounts.pause import wait_words
from afterglow.reminders.channels.sms.backends import ConsoleBackend
from afterglow.testing.people import sign_in

INVITE = reverse("clinics:invitation_new")
RESET = reverse("accounts:password_reset")
SPANISH_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "es-MX,es;q=0.9"}


def speaks_spanish(user):
    user.language = "es"
    user.save(update_fields=["language"])
    return user


def page(client, url, status=200, **extra):
    response = client.get(url, **extra)
    assert response.status_code == status, url
    return response.content.decode()


def assert_spanish(html, *words):
    assert '<html lang="es"' in html
    for text in words:
        assert text in html, text


def test_todays_page_and_the_frame_around_every_page(people):
    client = sign_in(Client(), speaks_spanish(people.patient))
    html = page(client, "/today/")
    assert_spanish(
        html,
        "Ir al contenido",
        "¿En crisis? Llame o envíe un mensaje de texto al",
        "Más formas de obtener ayuda ahora",
        ">Hoy</a>",
        ">Diario</a>",
        ">Hoja de ruta</a>",
        ">Cerrar sesión</button>",
        "Nadie supervisa Afterglow en tiempo real.",
        "Lo que sigue",
        "Su equipo de atención",
        "Nadie lee Afterglow en tiempo real.",
    )
    greeting = re.search(r"<h1>(.*?), Pat\.</h1>", html).group(1)
    assert greeting in {"Hola", "Buenos días", "Buenas tardes", "Buenas noches"}
    assert "In crisis?" not in html and "Skip to content" not in html


def test_the_account_page_and_two_step_sign_in(people):
    client = sign_in(Client(), speaks_spanish(people.patient))
    assert_spanish(
        page(client, reverse("accounts:account")),
        "<h1>Su cuenta</h1>",
        "Sobre usted",
        "Nombre completo",
        "Zona horaria",
        "Inicio de sesión",
        "Activar la verificación en dos pasos",
        "Sus datos: descárguelos o elimine su cuenta",
    )
    assert_spanish(
        page(client, reverse("accounts:mfa_setup")),
        "Configure la verificación en dos pasos",
        "Escanee este código, o escriba la clave que aparece debajo.",
        "Mejor cerrar sesión",
    )
    wrong = client.post(reverse("accounts:mfa_setup"), {"token": "000000"})
    assert "Ese código no coincidió." in wrong.content.decode()
    saved = client.post(
        reverse("accounts:account"),
        {"full_name": "Pat Patient", "preferred_name": "", "time_zone": "America/Chicago"},
        follow=True,
    )
    assert "Guardado." in saved.content.decode()


def test_a_clinicians_menu_in_spanish(people):
    client = sign_in(Client(), speaks_spanish(people.clinician))
    assert_spanish(
        page(client, reverse("accounts:account")),
        ">Pacientes a cargo</a>",
        ">Conversaciones</a>",
        ">Notificaciones",
        ">Cuenta</a>",
    )


def test_signing_in_and_out_before_an_account_is_known(people):
    client = Client()
    assert_spanish(
        page(client, reverse("accounts:login") + "?expired=idle", **SPANISH_BROWSER),
        "<h1>Iniciar sesión</h1>",
        "¿Olvidó su contraseña?",
        "Se cerró su sesión después de un rato sin actividad",
        "¿Primera vez aquí?",
        "Correo electrónico",
    )
    refused = client.post(
        reverse("accounts:login"),
        {"username": people.patient.email, "password": "not it"},
        **SPANISH_BROWSER,
    ).content.decode()
    assert "Ese correo electrónico y esa contraseña no coinciden con ninguna cuenta." in refused
    assert_spanish(
        page(client, RESET, **SPANISH_BROWSER),
        "Restablezca su contraseña",
        "Enviar el enlace",
    )


def test_error_pages_and_the_page_for_someone_without_a_clinic(people):
    client = sign_in(Client(), speaks_spanish(people.patient))
    assert_spanish(
        page(client, "/no-such-page/", status=404),
        "Esta página no está aquí",
        "Ir a su página de inicio",
    )
    unlinked = User.objects.create_user("lena@example.com", "a long enough passphrase")
    client = sign_in(Client(), speaks_spanish(unlinked))
    assert_spanish(page(client, "/"), "Ya inició sesión", "Su cuenta todavía no está vinculada")


def test_the_patients_data_page_its_checks_and_the_downloads_readme(people):
    client = sign_in(Client(), speaks_spanish(people.patient))
    assert_spanish(
        page(client, reverse("data:home")),
        "<h1>Sus datos</h1>",
        "Descargar mis datos",
        "Eliminar mi cuenta",
        "¿Borrar todo y cerrar su cuenta? Esto no se puede deshacer.",
        "Su contraseña, para confirmar",
    )
    refused = client.post(reverse("data:delete"), {"password": "not it"})
    assert "Esa no es su contraseña. No se eliminó nada." in refused.content.decode()
    archive = zipfile.ZipFile(io.BytesIO(client.post(reverse("data:download")).content))
    readme = archive.read("README.txt").decode()
    assert readme.startswith("Sus datos de Afterglow")
    assert "Las fechas y horas están en UTC (ISO 8601)." in readme


def test_api_tokens_page_and_the_apis_errors(people):
    client = sign_in(Client(), speaks_spanish(people.patient))
    made = client.post(
        reverse("api_tokens:list"), {"name": "mi teléfono", "scope": "read", "days": 30}
    ).content.decode()
    assert_spanish(
        made, "Tokens de la API", "Cópielo ahora: no se volverá a mostrar.", "solo lectura"
    )
    assert "hasta el " in made and " de 20" in made  # "hasta el 2 de ene de 2027"
    # The API answers in the caller's language: a signed-in session's, or the one it asks for.
    assert client.get("/api/v1/no-such-thing").json()["title"] == "No se encontró"
    anonymous = Client().get("/api/v1/me", **SPANISH_BROWSER)
    assert anonymous.status_code == 401 and anonymous.json()["title"] == "No ha iniciado sesión"
    assert Client().get("/api/v1/me").json()["title"] == "Not signed in"


def test_the_two_step_pause_says_its_day_and_time_in_spanish():
    until = datetime(2026, 12, 3, 23, 30, tzinfo=UTC)
    with translation.override("es"), timezone.override("America/Chicago"):
        long = render_to_string(
            "accounts/_pause.html",
            {"pause": {"until": until, "words": wait_words(2 * 86400), "long": True}},
        )
        short = render_to_string(
            "accounts/_pause.html",
            {"pause": {"until": until, "words": wait_words(300), "long": False}},
        )
    assert "Demasiados códigos que no funcionaron" in long
    assert "Vuelva a intentarlo en aproximadamente 2 días, después del 3 de dic, 5:30 p.m." in long
    assert "Vuelva a intentarlo en aproximadamente 5 minutos, después de 5:30:00 p.m." in short


@pytest.fixture
def texts(settings):
    settings.AFTERGLOW_SMS_BACKEND = "console"
    ConsoleBackend.outbox.clear()
    yield ConsoleBackend.outbox
    ConsoleBackend.outbox.clear()


def test_an_invitation_is_written_in_the_clinics_language_not_the_senders(people, texts):
    people.clinic.language = "es"
    people.clinic.save()
    people.admin.language = "en"  # the admin reads English; the clinic writes Spanish
    people.admin.save()
    client = sign_in(Client(), people.admin)
    sent = client.post(
        INVITE,
        {
            "email": "nova@example.com",
            "full_name": "Nova New",
            "role": "patient",
            "phone": "(312) 555-0142",
        },
        follow=True,
    )
    assert '<html lang="en"' in sent.content.decode()
    email = mail.outbox[-1]
    assert email.subject == "Su invitación a Afterglow de parte de Cedar Clinic"
    assert email.body.startswith("Hola, Nova New:")
    assert "Cedar Clinic le ha invitado a Afterglow." in email.body
    assert "(el enlace funciona una sola vez, durante 7 días):" in email.body
    [(_to, text)] = texts
    assert text.startswith(
        "Tiene una invitación a Afterglow. Funciona una sola vez, durante 7 días:"
    )
    link = re.search(r"http://testserver(/accounts/invitation/\S+/)", email.body).group(1)
    assert_spanish(
        page(Client(), link, **SPANISH_BROWSER),
        "Le damos la bienvenida a Afterglow",
        "Cedar Clinic le invitó.",
        "Crear mi cuenta",
    )


def test_an_english_clinics_invitation_stays_english_whoever_sends_it(people):
    client = sign_in(Client(), speaks_spanish(people.admin))
    client.post(INVITE, {"email": "nova@example.com", "full_name": "Nova New", "role": "patient"})
    email = mail.outbox[-1]
    assert email.subject == "Your invitation to Afterglow from Cedar Clinic"
    assert email.body.startswith("Hello Nova New,")


def test_a_password_reset_is_written_in_the_account_holders_language(people):
    speaks_spanish(people.patient)
    response = Client().post(RESET, {"email": people.patient.email})  # an English browser
    assert response.status_code == 302
    email = mail.outbox[-1]
    assert email.subject == "Restablezca su contraseña de Afterglow"
    assert "Si fue usted, elija una nueva contraseña aquí" in email.body
    assert "Check your email" in Client().get(response.url).content.decode()
    Client().post(RESET, {"email": people.clinician.email}, **SPANISH_BROWSER)
    assert mail.outbox[-1].subject == "Reset your Afterglow password"
