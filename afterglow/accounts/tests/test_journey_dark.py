"""Browser journey at 3 AM: a month of aftercare seen in the dark, phone-sized, by the patient
and by their clinician; once because the phone is set to dark (``color_scheme="dark"``), once
because they chose dark on the account page with the phone set to light. Every page is checked
by axe, WCAG 2.2 AA with colour contrast, and is dark where it should be; its chart images are
the dark ones; a print view still prints light. Then someone who chose light with a dark phone
gets light pages."""

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_journeys import sign_in_with_code
from afterglow.aftercare.companion import companion_link_create
from afterglow.journal.services import entry_share
from afterglow.outcomes.models import DailyCheck, Response
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.browser import PHONE, assert_accessible, check_loaded_page, screenshot, watch
from afterglow.testing.journal import write
from afterglow.testing.outcomes import answer, answer_phq9
from afterglow.testing.people import PASSWORD, make_people
from afterglow.testing.treatments import completed_session, scheduled_session
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
THREE_AM = datetime(2026, 3, 11, 8, tzinfo=UTC)  # 3 AM in Chicago, the night after a session
# What the pages are painted with (site.css's --paper, dark.css's --paper and --crisis).
LIGHT_PAPER, DARK_PAPER, DARK_CRISIS = "rgb(255, 250, 245)", "rgb(24, 19, 17)", "rgb(143, 208, 212)"
WCAG22_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")


def a_month_of_aftercare(people: Any) -> dict[str, Any]:
    """Three sessions, the last yesterday; answers, moods, a circle and a flag to draw."""
    pat = people.pat
    sessions = [
        completed_session(pat, ended=THREE_AM - timedelta(days=days, hours=16))
        for days in (22, 8, 0)
    ]
    scheduled_session(pat, starts=THREE_AM + timedelta(days=6, hours=7))
    for days, phq9, gad7 in ((23, 17, [2, 2, 2, 1, 1, 2, 1]), (9, 12, [1, 1, 2, 1, 1, 1, 1])):
        moved = [answer_phq9(pat, phq9), answer(pat, "gad7", gad7)]
        Response.objects.filter(pk__in=[r.pk for r in moved]).update(
            created_at=THREE_AM - timedelta(days=days)
        )
    answer_phq9(pat, 8)
    answer(pat, "gad7", [1, 1, 1, 0, 1, 1, 0])
    for days, mood in enumerate((4, 3, 3, 2, 4, 3, 4, 5, 3, 4), start=1):
        when = THREE_AM - timedelta(days=days)
        DailyCheck.objects.create(
            patient=pat, day=when.date(), mood=mood, energy=3, created_at=when
        )
    entry = write(pat, title="After the session", body="I saw the sea again.", mood=4, energy=3)
    entry_share(entry=entry, shared=True, request=None)
    assessment_take(patient=pat, scores=dict.fromkeys(DIMENSION_KEYS, 6), notes={}, request=None)
    flag_raise(
        patient=pat,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["severe_headache"],
        source=sessions[-1],
    )
    _, token = companion_link_create(patient=pat, by=people.patient, now=THREE_AM)
    return {"entry": entry, "session": sessions[-1], "companion": token}


@pytest.fixture
def open_phone(browser):
    """Phones set to light or dark, each page checked by axe like the ``phone`` fixture's."""
    contexts = []

    def opened(scheme: str) -> Any:
        context = browser.new_context(
            viewport=PHONE, is_mobile=True, has_touch=True, color_scheme=scheme
        )
        contexts.append(context)
        page = watch(context.new_page())
        page.set_default_timeout(10_000)
        return page

    yield opened
    for context in contexts:
        for page in context.pages:
            check_loaded_page(page)
        context.close()


def paper(page: Any) -> str:
    return page.evaluate("getComputedStyle(document.documentElement).backgroundColor")


def light_charts_in_time(page: Any) -> bool:
    """After the media changes, each picture chooses its source again and loads it: poll
    until every chart shows the light picture (or give up after five seconds)."""
    for _ in range(50):
        if all("theme=dark" not in src for src in charts_loaded(page)):
            return True
        page.wait_for_timeout(100)
    return False


def charts_loaded(page: Any) -> list[str]:
    """The picture each chart image shows, once every one has loaded."""
    # Polled from here: wait_for_function evaluates strings in the page, which the CSP forbids.
    for _ in range(50):
        if page.evaluate("[...document.images].every((img) => img.complete)"):
            break
        page.wait_for_timeout(100)
    return page.evaluate(
        "[...document.querySelectorAll('picture img')]"
        ".map((img) => img.naturalWidth ? img.currentSrc : 'broken')"
    )


def visit_in_the_dark(page: Any, url: str, name: str) -> None:
    page.goto(url)
    assert paper(page) == DARK_PAPER, url
    crisis = page.locator(".crisis-bar").evaluate("(bar) => getComputedStyle(bar).backgroundColor")
    assert crisis == DARK_CRISIS, url
    for src in charts_loaded(page):
        assert "theme=dark" in src, (url, src)
    assert_accessible(page, tags=WCAG22_AA)
    screenshot(page, name)


def patient_signs_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/today/")


def choose(page: Any, base: str, label: str) -> None:
    page.goto(f"{base}/accounts/account/")
    page.get_by_role("radio", name=label).check()
    page.locator("form[action$='/theme/']").get_by_role("button", name="Save").click()
    page.get_by_text("Saved. Every page now follows this choice.").wait_for()


@pytest.mark.parametrize("how", ["device", "chosen"])
def test_a_night_of_aftercare_in_the_dark(live_server, open_phone, time_machine, how):
    time_machine.move_to(THREE_AM, tick=True)
    people = make_people()
    seeded = a_month_of_aftercare(people)
    base = live_server.url
    scheme = "dark" if how == "device" else "light"
    phone = open_phone(scheme)

    phone.goto(f"{base}/accounts/login/")
    expected = DARK_PAPER if how == "device" else LIGHT_PAPER  # signed out: the device's
    assert paper(phone) == expected
    assert_accessible(phone, tags=WCAG22_AA)
    screenshot(phone, f"dark-{how}-sign-in")
    patient_signs_in(phone, base, people.patient.email)
    if how == "chosen":
        choose(phone, base, "Dark")
    pages = [
        ("/today/", "today"),
        ("/journal/", "journal"),
        (f"/journal/{seeded['entry'].pk}/", "entry"),
        ("/journal/new/", "editor"),
        ("/journal/calendar/", "calendar"),
        (f"/aftercare/{seeded['session'].pk}/check-in/evening/", "check-in"),
        ("/outcomes/", "outcomes"),
        ("/outcomes/phq9/", "phq9"),
        ("/outcomes/mood/?range=all", "mood"),
        ("/wellbeing/", "circle"),
        ("/integration/", "roadmap"),
        ("/messages/", "messages"),
        ("/crisis/", "crisis"),
        ("/accounts/account/", "account"),
    ]
    for path, name in pages:
        visit_in_the_dark(phone, f"{base}{path}", f"dark-{how}-{name}")
    assert phone.get_by_role(
        "radio", name="Dark" if how == "chosen" else "Follow my device"
    ).is_checked()

    # A print view prints light on paper, charts and all, however dark the screen.
    phone.goto(f"{base}/outcomes/mood/?range=all")
    phone.emulate_media(media="print")
    assert paper(phone) == LIGHT_PAPER
    assert light_charts_in_time(phone)
    screenshot(phone, f"dark-{how}-mood-printed")
    phone.emulate_media(media="screen")

    clinician = open_phone(scheme)
    device = TOTPDevice.objects.create(user=people.clinician, name="app", confirmed=True)
    sign_in_with_code(clinician, base, people.clinician, device)
    clinician.wait_for_url(f"{base}/caseload/")
    if how == "chosen":
        choose(clinician, base, "Dark")
    visit_in_the_dark(clinician, f"{base}/caseload/", f"dark-{how}-caseload")
    assert clinician.locator("table.caseload .badge-safety").first.is_visible()
    visit_in_the_dark(clinician, f"{base}/messages/inbox/", f"dark-{how}-inbox")
    visit_in_the_dark(clinician, f"{base}/caseload/{people.pat.pk}/", f"dark-{how}-patient")
    assert clinician.locator("figure.chart svg").count() >= 2  # PHQ-9 and GAD-7, drawn inline
    visit_in_the_dark(
        clinician, f"{base}/outcomes/patients/{people.pat.pk}/mood/", f"dark-{how}-patient-mood"
    )
    visit_in_the_dark(
        clinician, f"{base}/integration/patients/{people.pat.pk}/", f"dark-{how}-integration"
    )

    stranger = open_phone(scheme)  # the companion's own phone: signed out, the device's
    stranger.goto(f"{base}/companion/{seeded['companion']}/")
    stranger.get_by_role("heading", name=re.compile("Thank you for being with Pat")).wait_for()
    stranger.emulate_media(media="print")
    assert paper(stranger) == LIGHT_PAPER


def test_light_chosen_on_a_dark_phone_stays_light(live_server, open_phone, time_machine):
    time_machine.move_to(THREE_AM, tick=True)
    people = make_people()
    a_month_of_aftercare(people)
    base = live_server.url
    phone = open_phone("dark")
    patient_signs_in(phone, base, people.patient.email)
    assert paper(phone) == DARK_PAPER
    choose(phone, base, "Light")
    for path in ("/today/", "/outcomes/", "/outcomes/mood/?range=all", "/crisis/"):
        phone.goto(f"{base}{path}")
        assert paper(phone) == LIGHT_PAPER, path
        assert all("theme=dark" not in src for src in charts_loaded(phone))
        assert_accessible(phone, tags=WCAG22_AA)
    screenshot(phone, "light-chosen-crisis")
    choose(phone, base, "Follow my device")
    assert paper(phone) == DARK_PAPER
