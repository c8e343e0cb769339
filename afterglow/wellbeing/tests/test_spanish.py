"""The Happiness Circle in Spanish (issue 23): its pages, its dimensions, the guides as seeded
(a clinic's own words stay as written), the radar chart and the messages."""

import html
import re

from django.test import Client
from django.urls import reverse

from afterglow.testing.people import sign_in
from afterglow.wellbeing.models import DIMENSION_KEYS, DimensionGuide
from afterglow.wellbeing.services import assessment_take

SPANISH = ["Emocional", "Social", "Espiritual", "Mental", "Física", "Ambiental", "Financiera"]


def es(user):
    user.language = "es"
    user.save(update_fields=["language"])
    return user


def page_of(response) -> str:
    return html.unescape(response.content.decode())


def lang_of(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def take(people, **scores):
    values = dict.fromkeys(DIMENSION_KEYS, 5) | scores
    return assessment_take(patient=people.pat, scores=values, notes={}, request=None)


def test_the_circle_and_its_dimensions_read_in_spanish(people):
    take(people, social=3)
    take(people, social=6)
    client = sign_in(Client(), es(people.patient))
    page = page_of(client.get(reverse("wellbeing:circle")))
    assert lang_of(page) == "es"
    assert "Su Círculo de la felicidad" in page and "Sus puntajes, ahora y antes" in page
    assert "Lo que más cambió desde la última vez:" in page
    assert "<strong>Social</strong> (+3)" in page
    for label in [*SPANISH, "Laboral"]:
        assert label in page
    assert "Dónde enfocarse" in page and "¿En qué le gustaría enfocarse?" in page


def test_the_seeded_guides_read_in_spanish_and_a_clinics_own_words_as_written(people):
    guide = DimensionGuide.objects.get(clinic=people.clinic, dimension="social")
    guide.description = "Our own words about friends."
    guide.save()
    page = page_of(sign_in(Client(), es(people.patient)).get(reverse("wellbeing:assess")))
    assert "¿Cómo está cada parte de su vida en este momento?" in page
    assert "Con cuánta amabilidad se trata a sí mismo(a)" in page  # emotional, as seeded
    assert "¿Con qué frecuencia se habla a sí mismo(a) con cariño?" in page
    assert "Our own words about friends." in page  # the clinic's, as written
    assert "Preguntas para reflexionar" in page and "Ver mi círculo" in page


def test_practices_for_the_focus_read_in_spanish_and_become_a_goal_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    response = client.post(reverse("wellbeing:focus"), {"dimensions": ["physical"]}, follow=True)
    page = page_of(response)
    assert "Su enfoque está guardado. Abajo encontrará prácticas sugeridas." in page
    practice = "Caminar 15 minutos cada día"
    assert practice in page and "convertirla en meta" in page
    goal_page = page_of(
        client.get(reverse("integration:goal_new"), {"practice": practice, "dimension": "physical"})
    )
    assert f'value="{practice}"' in goal_page


def test_the_circle_form_answers_in_spanish(people):
    client = sign_in(Client(), es(people.patient))
    data = {f"score_{k}": 5 for k in DIMENSION_KEYS} | {"score_physical": 11}
    page = page_of(client.post(reverse("wellbeing:assess"), data))
    assert "Física: el número más alto es 10." in page
    assert "Hay algunas respuestas que revisar" in page
    too_many = {"dimensions": ["social", "physical", "mental", "spiritual"]}
    response = client.post(reverse("wellbeing:focus"), too_many, follow=True)
    assert "Elija hasta tres, para que cada una reciba verdadera atención." in page_of(response)
    data["score_physical"] = 7
    response = client.post(reverse("wellbeing:assess"), data, follow=True)
    assert "Gracias. Este es su círculo." in page_of(response)


def test_the_radar_chart_reads_in_the_readers_language(people):
    take(people)
    svg = sign_in(Client(), es(people.patient)).get(reverse("wellbeing:chart")).content.decode()
    assert "Ahora (" in svg and "Emocional" in svg and "Laboral" in svg
    url = reverse("wellbeing:patient_chart", args=[people.pat.pk])
    english = sign_in(Client(), people.clinician).get(url).content.decode()
    assert "Now (" in english and "Emotional" in english and "Ahora" not in english
