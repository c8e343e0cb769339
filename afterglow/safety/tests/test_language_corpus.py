"""Every labelled line of the development corpus, as a test of its own.

Lines the detector still gets wrong are listed in ``corpus/known_misses.txt`` and expected to
fail (strictly: one that starts passing must leave the list). The benchmark reports the same
misses in docs/safety-language.md. The held-out corpus is measured by the benchmark only.
"""

import pytest

from afterglow.safety.language import assess
from afterglow.safety.language.corpus import HERE, Item, load_all

KNOWN_MISSES = {
    line.strip()
    for line in (HERE / "known_misses.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


def _case(item: Item):  # noqa: ANN202 (a pytest ParameterSet)
    marks = [pytest.mark.xfail(strict=True)] if item.text in KNOWN_MISSES else []
    return pytest.param(item, id=f"{item.kind}-{item.source}-{item.line}", marks=marks)


@pytest.mark.parametrize("item", [_case(i) for i in load_all()])
def test_the_detector_reads_each_line_as_labelled(item: Item) -> None:
    verdict = assess(item.text)
    assert item.caught(verdict.level), f"{item.category}: {verdict}"


def test_the_corpus_is_as_large_as_the_issue_asks() -> None:
    items = load_all()
    count = {kind: sum(1 for i in items if i.kind == kind) for kind in ("explicit", "indirect")}
    harmless = [i for i in items if i.kind == "harmless"]
    assert count["explicit"] >= 300 and count["indirect"] >= 120 and len(harmless) >= 400
    assert sum(1 for i in harmless if i.category != "plain") >= len(harmless) / 2


def test_every_known_miss_is_a_corpus_line() -> None:
    assert {i.text for i in load_all()} >= KNOWN_MISSES
