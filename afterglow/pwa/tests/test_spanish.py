"""The installable app in Spanish: the offline page in each language (nobody's), the service
worker's own words in every language (one script for everyone on a device), the manifest,
the offline banners and the install hint."""

import json

from django.test import Client
from django.urls import reverse

from afterglow.testing.people import sign_in

OFFLINE = reverse("pwa:offline")
SW = reverse("pwa:service_worker")


def test_the_offline_page_comes_in_the_language_asked_for_and_holds_nothing_of_a_person(people):
    spanish = Client().get(f"{OFFLINE}?lang=es", HTTP_ACCEPT_LANGUAGE="en")
    content = spanish.content.decode()
    assert spanish["Content-Language"] == "es" and '<html lang="es"' in content
    assert "En este momento está sin conexión" in content
    assert "Llame o envíe un mensaje de texto al 988" in content
    assert "Envíe HOME por mensaje de texto al 741741" in content and "Llame al 911" in content
    assert 'data-offline-user=""' in content
    english = Client().get(f"{OFFLINE}?lang=en", HTTP_ACCEPT_LANGUAGE="es")
    assert english["Content-Language"] == "en"
    assert "You are offline right now" in english.content.decode()
    browser = Client().get(OFFLINE, HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert "En este momento está sin conexión" in browser.content.decode()
    assert "Accept-Language" in browser["Vary"]
    unknown = Client().get(f"{OFFLINE}?lang=fr", HTTP_ACCEPT_LANGUAGE="en")
    assert "You are offline right now" in unknown.content.decode()


def test_the_service_worker_is_one_script_for_everyone_with_every_languages_words(people):
    people.patient.language = "es"
    people.patient.save()
    anonymous = Client().get(SW).content.decode()
    patients = sign_in(Client(), people.patient).get(SW).content.decode()
    assert anonymous == patients  # the same bytes: nobody's, whoever fetched it
    assert 'const LANGUAGES = ["en", "es"];' in anonymous
    words = json.loads(anonymous.split("const WORDS = ")[1].split(";\n")[0])
    assert words["es"]["notice"] == "Hay algo para usted en Afterglow"
    assert words["en"]["notice"] == "Something is waiting for you in Afterglow"
    # Each language's offline page is kept, fetched without cookies.
    assert "`${OFFLINE_URL}?lang=${code}`" in anonymous
    assert 'credentials: "omit"' in anonymous


def test_pages_tell_the_worker_their_language_and_say_offline_things_in_it(people):
    people.patient.language = "es"
    people.patient.save()
    client = sign_in(Client(), people.patient)
    today = client.get(reverse("today")).content.decode()
    assert '<html lang="es"' in today
    assert "Está sin conexión. Esta es la copia guardada en este dispositivo el <span" in today
    assert (
        'data-one="Algo que escribió está guardado en este dispositivo y se enviará cuando '
        'vuelva a tener conexión."'
    ) in today
    assert 'data-sent="Se envió lo que escribió sin conexión."' in today
    account = client.get(reverse("accounts:account")).content.decode()
    assert "Afterglow en su teléfono" in account
    assert "Agregar Afterglow a este dispositivo" in account


def test_the_manifest_describes_the_app_in_the_readers_language(people):
    people.patient.language = "es"
    people.patient.save()
    response = sign_in(Client(), people.patient).get(reverse("pwa:manifest"))
    manifest = json.loads(response.content)
    assert manifest["lang"] == "es" and manifest["name"] == "Afterglow"
    assert manifest["description"] == "Su acompañante de cuidados posteriores entre sesiones."
    assert "Cookie" in response["Vary"] and "Accept-Language" in response["Vary"]
    english = json.loads(Client().get(reverse("pwa:manifest"), HTTP_ACCEPT_LANGUAGE="en").content)
    assert english["description"] == "Your aftercare companion between sessions."
