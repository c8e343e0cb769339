"""Browser journey in Spanish and in the dark, at 3 AM the night after a session: a patient
whose phone asks for Spanish reads the sign-in page in Spanish, signs in (her account says
Spanish), walks her main pages, writes an entry (right-to-left words in it kept as written),
writes what the detector reads as a crisis and gets the Spanish notice with the services'
Spanish options, answers the PHQ-9 in its published Spanish wording. Every page is checked by
axe (WCAG 2.2 AA, colour contrast in the dark included), is in Spanish and is dark."""

import re
from typing import Any

import pytest

from afterglow.accounts.tests.test_journey_dark import (
    DARK_PAPER,
    THREE_AM,
    WCAG22_AA,
    a_month_of_aftercare,
    paper,
)
from afterglow.journal.models import Entry
from afterglow.testing.browser import PHONE, assert_accessible, check_loaded_page, screenshot, watch
from afterglow.testing.people import PASSWORD, make_people

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
HEBREW = "היה יום שקט"
CRISIS = "I have been saving my pills and tonight I want to end it all"
# Words of the frame that must never show on a Spanish page.
ENGLISH_FRAME = ("Sign out", "Call or text 988", "Journal</a>", ">Today<")


@pytest.fixture
def spanish_phone(browser):
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, color_scheme="dark", locale="es-MX"
    )
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    for opened in context.pages:
        check_loaded_page(opened)
    context.close()


def in_spanish_and_dark(page: Any, name: str) -> str:
    html = page.content()
    assert re.search(r'<html lang="es"', html), page.url
    for words in ENGLISH_FRAME:
        assert words not in html, (page.url, words)
    assert paper(page) == DARK_PAPER, page.url
    assert_accessible(page, tags=WCAG22_AA)
    screenshot(page, f"spanish-{name}")
    return html


def test_a_night_of_aftercare_in_spanish_and_in_the_dark(live_server, spanish_phone, time_machine):
    time_machine.move_to(THREE_AM, tick=True)
    people = make_people()
    seeded = a_month_of_aftercare(people)
    people.patient.language = "es"
    people.patient.save()
    base, phone = live_server.url, spanish_phone

    phone.goto(f"{base}/accounts/login/")  # signed out: the phone's language
    html = in_spanish_and_dark(phone, "sign-in")
    assert "Iniciar sesión" in html
    phone.get_by_label("Correo electrónico").fill(people.patient.email)
    phone.get_by_label("Contraseña").fill(PASSWORD)
    phone.get_by_role("button", name="Iniciar sesión").click()
    phone.wait_for_url(f"{base}/today/")
    assert "Cerrar sesión" in in_spanish_and_dark(phone, "today")

    pages = [
        ("/journal/", "journal"),
        (f"/journal/{seeded['entry'].pk}/", "entry"),
        (f"/aftercare/{seeded['session'].pk}/check-in/evening/", "check-in"),
        ("/outcomes/", "outcomes"),
        ("/outcomes/mood/?range=all", "mood"),
        ("/wellbeing/", "circle"),
        ("/integration/", "roadmap"),
        ("/messages/", "messages"),
        ("/crisis/", "crisis"),
        ("/accounts/account/", "account"),
    ]
    for path, name in pages:
        phone.goto(f"{base}{path}")
        in_spanish_and_dark(phone, name)
    assert phone.get_by_role("radio", name="Español").is_checked()

    # An entry with right-to-left words in it: kept as written, shown in their direction.
    phone.goto(f"{base}/journal/new/")
    in_spanish_and_dark(phone, "editor")
    phone.locator("textarea[name=body]").fill(f"{HEBREW}\nUna noche tranquila.")
    phone.get_by_role("button", name="Guardar").first.click()
    phone.wait_for_url(re.compile(r".*/journal/[0-9a-f-]+/.*"))
    entry = Entry.objects.filter(patient=people.pat).latest("created_at")
    assert entry.body.startswith(HEBREW)
    assert phone.locator(".entry-body[dir=auto]").inner_text().startswith(HEBREW)
    in_spanish_and_dark(phone, "entry-right-to-left")

    # Words the detector reads as a crisis: the notice in Spanish, with the services' own
    # Spanish options beside the clinic's numbers.
    phone.goto(f"{base}/journal/new/")
    phone.locator("textarea[name=body]").fill(CRISIS)
    phone.get_by_role("button", name="Guardar").first.click()
    phone.get_by_text("Llame o envíe un mensaje de texto al 988").first.wait_for()
    html = in_spanish_and_dark(phone, "crisis-notice")
    assert "AYUDA" in html and "Avisar a mi equipo de atención" in html

    # The PHQ-9 in its published Spanish wording.
    phone.goto(f"{base}/outcomes/phq9/")
    html = in_spanish_and_dark(phone, "phq9")
    assert "Durante las últimas 2 semanas" in html and "Casi todos los días" in html
