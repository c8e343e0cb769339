"""Check-ups in Spanish (issue 23): the PHQ-9 and GAD-7 in Pfizer's published Spanish (Spanish
for the USA), scored exactly as in English, item 9 leading to the same safety steps; the
pages, charts and messages of the outcomes app in the reader's language."""

import html
import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from afterglow.outcomes.instruments import DIFFICULTY as DIFFICULTY_SCALE
from afterglow.outcomes.instruments import FREQUENCY as FREQUENCY_SCALE
from afterglow.outcomes.instruments import GAD7, INSTRUMENTS, PHQ9
from afterglow.outcomes.models import Response
from afterglow.reminders.models import Notification
from afterglow.safety.models import Flag
from afterglow.testing.outcomes import answer
from afterglow.testing.people import sign_in

PHQ9_STEM = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
    "siguientes problemas?"
)
PHQ9_ITEMS = (
    "1. Poco interés o placer en hacer cosas",
    "9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
)
GAD7_ITEMS = (
    "1. Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
    "7. Ha tenido miedo de que algo terrible fuera a pasar",
)
FREQUENCY = ("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días")
DIFFICULTY = (
    "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas "
    "para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras "
    "personas?"
)
# Every band of both questionnaires, its boundaries and the safety item.
ANSWERS = {
    "phq9": [
        [0] * 9,
        [1, 1, 1, 1, 0, 0, 0, 0, 0],
        [1, 1, 1, 1, 1, 0, 0, 0, 0],
        [2, 2, 2, 2, 1, 1, 0, 0, 0],
        [2, 2, 2, 2, 2, 2, 2, 1, 0],
        [3, 3, 3, 3, 3, 2, 2, 1, 0],
        [3] * 9,
        [0, 0, 0, 0, 0, 0, 0, 0, 1],
    ],
    "gad7": [[0] * 7, [1, 1, 1, 1, 1, 0, 0], [2, 2, 2, 2, 2, 0, 0], [3, 3, 3, 3, 3, 0, 0], [3] * 7],
}


def es(user):
    user.language = "es"
    user.save(update_fields=["language"])
    return user


def page_of(response) -> str:
    return html.unescape(response.content.decode())


def lang_of(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def form(answers, difficulty=1):
    data = {f"item_{n}": a for n, a in enumerate(answers)}
    data.update(nonce=str(uuid.uuid4()), difficulty=difficulty)
    return data


def choices(page: str, name: str) -> list[tuple[str, str]]:
    """Each radio button of ``name``: its value and the words beside it."""
    return re.findall(rf'name="{name}" value="(\d)"[^>]*>\s*([^<]+?)\s*</label>', page)


@pytest.fixture
def english_patient(people):
    """Olive reads English; like Pat, she has one clinician on her care team (Otto)."""
    return people.other_patient


def test_the_phq9_reads_as_pfizer_published_it_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    page = page_of(client.get(reverse("outcomes:fill", args=["phq9"])))
    assert lang_of(page) == "es"
    assert "Cuestionario sobre la salud del paciente (PHQ-9)" in page
    assert PHQ9_STEM in page and DIFFICULTY in page
    for item in PHQ9_ITEMS:
        assert item in page
    assert choices(page, "item_0") == list(zip("0123", FREQUENCY, strict=True))
    assert [label for _, label in choices(page, "difficulty")] == [
        "No ha sido difícil",
        "Un poco difícil",
        "Muy difícil",
        "Extremadamente difícil",
    ]
    assert "Enviar mis respuestas" in page


def test_the_gad7_reads_as_pfizer_published_it_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    page = page_of(client.get(reverse("outcomes:fill", args=["gad7"])))
    assert PHQ9_STEM in page  # the same stem in the published Spanish
    for item in GAD7_ITEMS:
        assert item in page
    assert choices(page, "item_6") == list(zip("0123", FREQUENCY, strict=True))


def test_every_item_and_answer_has_its_spanish_and_keeps_its_number(people):
    """The same items in the same order, each with the same four values 0-3."""
    with translation.override("es"):
        for spec in (PHQ9, GAD7):
            spanish = [str(item) for item in spec.items]
            assert len(spanish) == len(spec.items) and len(set(spanish)) == len(spanish)
            for item in spec.items:
                with translation.override("en"):
                    english = str(item)
                assert str(item) != english, english
        assert [(n, str(label)) for n, label in FREQUENCY_SCALE] == list(enumerate(FREQUENCY))
        assert [n for n, _ in DIFFICULTY_SCALE] == [0, 1, 2, 3]


@pytest.mark.parametrize("code", ["phq9", "gad7"])
def test_spanish_and_english_answers_give_the_same_score_and_severity(
    code, people, english_patient
):
    spanish = sign_in(Client(), es(people.patient))
    english = sign_in(Client(), english_patient)
    url = reverse("outcomes:fill", args=[code])
    spec = INSTRUMENTS[code]
    for answers in ANSWERS[code]:
        if spec.safety_item is not None and answers[spec.safety_item]:
            continue  # item 9: the next test
        said = {}
        for name, client in (("es", spanish), ("en", english)):
            response = client.post(url, form(answers), follow=True)
            said[name] = page_of(response)
        mine = Response.objects.filter(patient=people.pat).latest("created_at")
        theirs = Response.objects.filter(patient=english_patient.patient).latest("created_at")
        assert mine.answers == theirs.answers == answers
        assert (
            (mine.total, mine.band)
            == (theirs.total, theirs.band)
            == (
                sum(answers),
                spec.band(sum(answers)).code,
            )
        )
        band = spec.band(mine.total).words
        with translation.override("es"):
            spanish_band = str(band).lower()
        with translation.override("en"):
            english_band = str(band).lower()
        assert f"Su puntaje del {spec.name} es {mine.total} ({spanish_band})." in said["es"]
        assert f"Your {spec.name} score is {mine.total} ({english_band})." in said["en"]


def test_item_9_above_0_in_spanish_takes_the_same_safety_steps(
    people, english_patient, django_capture_on_commit_callbacks
):
    url = reverse("outcomes:fill", args=["phq9"])
    answers = [0, 0, 0, 0, 0, 0, 0, 0, 1]
    steps = {}
    for name, user in (("es", es(people.patient)), ("en", english_patient)):
        with django_capture_on_commit_callbacks(execute=True):
            response = sign_in(Client(), user).post(url, form(answers))
        page = page_of(response)
        saved = Response.objects.get(patient=user.patient)
        flag = Flag.objects.get(patient=user.patient)
        steps[name] = (
            response.status_code,
            saved.total,
            saved.safety_item_positive,
            flag.kind,
            flag.severity,
            flag.reasons,
            Notification.objects.filter(key=f"flag:{flag.pk}").count(),
            "988" in page and "741741" in page and "911" in page,
            f"{reverse('outcomes:screener')}?from=phq9" in page,
        )
        if name == "es":
            assert lang_of(page) == "es"
            assert "Gracias por sus respuestas sinceras" in page
            assert "Nos dijo que ha tenido pensamientos de que estaría mejor muerto(a)" in page
    assert steps["es"] == steps["en"]
    assert steps["es"][3:6] == ("phq9_item9", "safety", ["phq9_item9"])
    assert steps["es"][7] and steps["es"][8]
    # The care team is told in their own language, whoever answered.
    note = Notification.objects.filter(user=people.clinician).first()
    assert note is not None and "A patient on your care team needs you" in note.title


def test_the_check_ups_pages_read_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    answer(people.pat, "phq9", [2, 2, 2, 2, 1, 1, 1, 1, 0])
    answer(people.pat, "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0])
    home = page_of(client.get(reverse("outcomes:home")))
    assert lang_of(home) == "es"
    assert "Cómo ha estado" in home and "Dos cuestionarios breves" in home
    assert "de 27" in home and "5–9 leve" in home and "↓ más bajo que la vez anterior" in home
    assert "Puntajes del PHQ-9 a lo largo del tiempo; el más reciente es 4 (Mínima)." in home
    assert "Todos los puntajes" in home and "Puntaje" in home
    daily = page_of(client.get(reverse("outcomes:daily")))
    assert "¿Cómo está hoy?" in daily and "Su estado de ánimo en este momento" in daily
    mood = page_of(client.get(reverse("outcomes:mood")))
    assert "Su estado de ánimo a lo largo del tiempo" in mood and ">Todo<" in mood


def test_the_clinician_reads_the_history_in_their_own_language(people):
    answer(people.pat, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1])
    es(people.patient)
    url = reverse("outcomes:patient", args=[people.pat.pk])
    english = page_of(sign_in(Client(), people.clinician).get(url))
    assert lang_of(english) == "en" and "PHQ-9 and GAD-7 for Pat Patient" in english
    assert "(item 9: 1)" in english
    spanish = page_of(sign_in(Client(), es(people.clinician)).get(url))
    assert "PHQ-9 y GAD-7 de Pat Patient" in spanish and "(ítem 9: 1)" in spanish
    assert "Leve" in spanish and "Todavía no hay respuestas." in spanish


def test_the_mood_chart_reads_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    client.post(reverse("outcomes:daily"), {"mood": "3", "energy": "4"})
    svg = client.get(reverse("outcomes:mood_chart")).content.decode()
    assert "Control diario" in svg and "Energía" in svg
