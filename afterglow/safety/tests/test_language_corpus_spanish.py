"""Every labelled line of the Spanish development corpus, as a test of its own.

Lines the detector still reads wrongly are listed in ``corpus/es/known_misses.txt`` (written
by the benchmark) and expected to fail, strictly. The Spanish held-out set is measured by the
benchmark only.
"""

import pytest

from afterglow.safety.language import assess
from afterglow.safety.language.corpus import HERE, Item, load_spanish

KNOWN_MISSES = {
    line.strip()
    for line in (HERE / "es" / "known_misses.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}
LINES = [item for kind in ("explicit", "indirect", "harmless") for item in load_spanish(kind)]


def _case(item: Item):  # noqa: ANN202 (a pytest ParameterSet)
    marks = [pytest.mark.xfail(strict=True)] if item.text in KNOWN_MISSES else []
    return pytest.param(item, id=f"{item.kind}-{item.source}-{item.line}", marks=marks)


@pytest.mark.parametrize("item", [_case(i) for i in LINES])
def test_the_detector_reads_each_spanish_line_as_labelled(item: Item) -> None:
    verdict = assess(item.text)
    assert item.caught(verdict.level), f"{item.category}: {verdict}"


def test_every_known_miss_is_a_spanish_corpus_line() -> None:
    assert {i.text for i in LINES} >= KNOWN_MISSES


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("ya no quiero vivir", "crisis"),  # the "no" is the wish itself
        ("no quiero matarme, solo estoy cansada", "none"),  # a denial
        ("nunca he pensado en quitarme la vida", "none"),
        ("ese examen me mató", "none"),  # the accent: it killed me
        ("hoy me mato, ya lo decidí", "crisis"),
        ("me muero de risa con este video", "none"),
        ("me mato trabajando por mis hijos", "none"),
        ("mi hermana tuvo pensamientos suicidas el año pasado", "none"),
        ("¿Pensamientos de suicidio? No.", "none"),
        ("soy una carga para mi familia", "concern"),
        ("me quiero su1c1d4r", "crisis"),
        ("estoy pensando en tirarme del puente", "crisis"),
    ],
)
def test_the_spanish_shapes(text: str, level: str) -> None:
    assert assess(text).level == level
