"""The language a person reads: their own choice, else their clinic's, else the browser's."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.lib import language
from afterglow.testing.people import ROLES, sign_in

URL = reverse("accounts:language")
CHOOSE = reverse("accounts:language_choose")
ACCOUNT = reverse("accounts:account")
LOGIN = reverse("accounts:login")


def lang_of(response) -> str:
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def test_everyone_signed_in_chooses_for_themselves_only(people):
    for role in ROLES:
        client = Client()
        user = people.user(role)
        if user is not None:
            sign_in(client, user)
        response = client.post(URL, {"language": "es"})
        assert response.status_code == 302, role
        expected = LOGIN if user is None else ACCOUNT
        assert response["Location"].split("?")[0] == expected, role
        if user is not None:
            user.refresh_from_db()
            assert user.language == "es", role
    assert AuditEvent.objects.filter(action="account.language_set").count() == len(ROLES) - 1


def test_choosing_is_a_post(people):
    assert sign_in(Client(), people.patient).get(URL).status_code == 405


def test_it_saves_the_choice_audits_it_and_says_so_in_the_new_language(people):
    client = sign_in(Client(), people.patient)
    response = client.post(URL, {"language": "es"}, follow=True)
    assert lang_of(response) == "es"
    assert "A partir de ahora, todas las páginas aparecerán en este idioma." in (
        response.content.decode()
    )
    event = AuditEvent.objects.get(action="account.language_set")
    assert event.actor == people.patient and event.detail == {"language": "es"}


def test_an_unknown_language_is_refused_and_nothing_changes(people):
    client = sign_in(Client(), people.patient)
    response = client.post(URL, {"language": "xx"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    people.patient.refresh_from_db()
    assert people.patient.language == ""
    assert not AuditEvent.objects.filter(action="account.language_set").exists()


def test_a_person_who_chose_none_reads_their_clinics_language(people):
    people.pat.clinic.language = "es"
    people.pat.clinic.save()
    response = sign_in(Client(), people.patient).get(ACCOUNT)
    assert lang_of(response) == "es"
    assert response["Content-Language"] == "es"
    assert "Idioma" in response.content.decode()


def test_a_persons_own_choice_comes_before_the_clinics(people):
    people.pat.clinic.language = "es"
    people.pat.clinic.save()
    people.patient.language = "en"
    people.patient.save()
    assert lang_of(sign_in(Client(), people.patient).get(ACCOUNT)) == "en"


def test_an_unknown_stored_code_falls_back_to_the_clinics_language(people):
    people.pat.clinic.language = "es"
    people.pat.clinic.save()
    people.patient.language = "tlh"  # written by an older tool or by hand: never trusted
    people.patient.save(update_fields=["language"])
    assert lang_of(sign_in(Client(), people.patient).get(ACCOUNT)) == "es"
    assert language.for_user(people.patient) == "es"


def test_clinic_staff_read_their_clinics_language_too(people):
    people.pat.clinic.language = "es"
    people.pat.clinic.save()
    assert language.for_user(people.clinician) == "es"
    assert language.for_user(people.admin) == "es"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("es-MX,es;q=0.9,en;q=0.5", "es"),
        ("es", "es"),
        ("fr-FR,fr;q=0.9", settings.LANGUAGE_CODE),  # not spoken here: the default
        ("", settings.LANGUAGE_CODE),
        ("en-GB,en;q=0.8", "en"),
    ],
)
def test_signed_out_pages_follow_the_browser(db, header, expected):
    response = Client(headers={"accept-language": header}).get(LOGIN)
    assert lang_of(response) == expected
    assert "Accept-Language" in response["Vary"]


def test_the_sign_in_page_offers_the_other_language_and_keeps_the_choice(db):
    client = Client()
    page = client.get(LOGIN).content.decode()
    assert 'lang="es"' in page and "Español" in page
    response = client.post(CHOOSE, {"language": "es", "next": LOGIN})
    assert response.status_code == 302 and response["Location"] == LOGIN
    assert lang_of(client.get(LOGIN)) == "es"


def test_the_switch_ignores_unknown_codes_and_foreign_next_urls(db):
    client = Client()
    response = client.post(CHOOSE, {"language": "xx", "next": "https://elsewhere.example/"})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_the_switch_is_a_post(db):
    assert Client().get(CHOOSE).status_code == 405


@pytest.mark.parametrize(
    ("code", "expected"),
    [("es", "es"), ("ES-mx", "es"), ("es_AR", "es"), ("en-US", "en"), ("pt", None), ("", None)],
)
def test_supported_reads_regional_codes_as_their_language(code, expected):
    assert language.supported(code) == expected


def test_writing_to_someone_is_in_their_language(people):
    from django.utils.translation import gettext

    people.patient.language = "es"
    people.patient.save()
    with language.speaking(people.patient) as code:
        assert code == "es"
        assert gettext("Language") == "Idioma"
    with language.speaking(people.clinician):
        assert gettext("Language") == "Language"


def test_numbers_in_spanish_keep_the_decimal_point_us_readers_expect():
    from django.utils import formats, translation

    with translation.override("es"):
        assert formats.number_format(2.5, 1) == "2.5"
        assert formats.number_format(1200, use_l10n=True, force_grouping=True) == "1,200"
        assert formats.date_format(__import__("datetime").date(2026, 5, 4)) == "4 de mayo de 2026"
