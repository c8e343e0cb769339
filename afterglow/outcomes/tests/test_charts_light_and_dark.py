"""Every chart in both lights: the SVG images are drawn dark when asked (``?theme=dark``) and
each page offers that picture under the same media query as dark.css; the questionnaire chart
drawn in the page takes its colours from the stylesheet's classes."""

import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import Theme
from afterglow.lib.theme import PALETTES
from afterglow.outcomes.chart import build
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)
LIGHT, DARK = PALETTES["light"], PALETTES["dark"]


@pytest.fixture
def charted(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    write(people.pat, body="a calm day", mood=4, energy=3)
    scores = dict.fromkeys(DIMENSION_KEYS, 6)
    assessment_take(patient=people.pat, scores=scores, notes={}, request=None)
    return people


IMAGES = [
    lambda people: reverse("outcomes:mood_chart"),
    lambda people: reverse("wellbeing:chart"),
]


@pytest.mark.parametrize("url_of", IMAGES, ids=["mood", "circle"])
def test_a_chart_image_is_drawn_dark_only_when_asked(charted, url_of):
    client = sign_in(Client(), charted.patient)
    url = url_of(charted)
    light = client.get(url).content.decode()
    dark = client.get(url, {"theme": "dark"}).content.decode()
    unknown = client.get(url, {"theme": "sepia"}).content.decode()
    assert f"fill:{LIGHT.background}" in light and DARK.background not in light
    assert f"fill:{DARK.background}" in dark and f"fill:{DARK.text}" in dark
    assert DARK.series[0] in dark and LIGHT.series[0] not in dark
    assert same_drawing(unknown, light)


def same_drawing(one: str, other: str) -> bool:
    """Equal but for the random id pygal gives each chart."""

    def strip(svg: str) -> str:
        return re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "id", svg)

    return strip(one) == strip(other)


def test_the_care_teams_chart_images_are_drawn_dark_too(charted):
    client = sign_in(Client(), charted.clinician)
    for name in ("outcomes:patient_mood_chart", "wellbeing:patient_chart"):
        svg = client.get(reverse(name, args=[charted.pat.pk]), {"theme": "dark"}).content.decode()
        assert f"fill:{DARK.background}" in svg, name


def pictures(page: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", page, re.S)


@pytest.mark.parametrize(
    ("choice", "media"),
    [
        (Theme.DEVICE, "screen and (prefers-color-scheme: dark)"),
        (Theme.DARK, "screen"),
        (Theme.LIGHT, None),
    ],
)
def test_each_page_offers_the_dark_picture_as_it_offers_dark_css(charted, choice, media):
    charted.patient.theme = choice
    charted.patient.save()
    client = sign_in(Client(), charted.patient)
    for url, image in (
        (reverse("outcomes:mood"), reverse("outcomes:mood_chart") + "?range=month"),
        (reverse("wellbeing:circle"), reverse("wellbeing:chart")),
    ):
        [picture] = pictures(client.get(url).content.decode())
        assert f'<img src="{image}"' in picture
        sources = re.findall(r'<source srcset="([^"]*)" media="([^"]*)"', picture)
        joiner = "&amp;" if "?" in image else "?"
        expected = [(f"{image}{joiner}theme=dark", media)] if media else []
        assert sources == expected, url


def test_the_care_teams_circle_picture_follows_the_clinicians_choice(charted):
    charted.clinician.theme = Theme.DARK
    charted.clinician.save()
    client = sign_in(Client(), charted.clinician)
    page = client.get(reverse("integration:patient", args=[charted.pat.pk])).content.decode()
    [picture] = pictures(page)
    assert 'media="screen"' in picture and "theme=dark" in picture


def test_the_questionnaire_chart_names_its_colours_by_class_never_by_value():
    phq9 = INSTRUMENTS["phq9"]
    responses = [
        SimpleNamespace(created_at=NOW, total=14),
        SimpleNamespace(created_at=NOW + timedelta(days=14), total=8),
    ]
    chart = build(phq9, responses, [NOW + timedelta(days=7)])
    summary = SimpleNamespace(instrument=phq9, latest=None)
    svg = render_to_string("outcomes/_chart.html", {"chart": chart, "summary": summary})
    assert re.findall(r"#[0-9a-fA-F]{3,6}\b", svg) == []
    assert [f"band-{n}" for n in range(1, 6)] == sorted(set(re.findall(r"band-\d", svg)))
    assert 'class="session"' in svg and 'class="scores"' in svg and 'class="score"' in svg
    assert svg.count('class="axis"') >= 3
