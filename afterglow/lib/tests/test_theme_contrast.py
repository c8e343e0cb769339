"""The colours of both themes meet WCAG 2.2 AA: text 4.5:1 on what it sits on, the parts of
a control or a chart one must see 3:1 (1.4.11). axe checks the text of the pages it visits;
this checks every pair the stylesheets and chart palettes make, visited or not, and the
non-text ones axe does not measure (focus rings, field borders, chart lines)."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from afterglow.lib.theme import PALETTES

TEXT, NON_TEXT = 4.5, 3.0

# (foreground, background): text and what it is written on.
TEXT_PAIRS = [
    *[("ink", bg) for bg in ("paper", "card", "field", "line", "chosen")],
    *[("ink", bg) for bg in ("warn-bg", "ok-bg", "error-bg")],
    *[("muted", bg) for bg in ("paper", "card", "line")],
    *[("accent", bg) for bg in ("paper", "card", "chosen", "warn-bg", "ok-bg", "line")],
    *[("danger", bg) for bg in ("paper", "card")],
    ("accent-ink", "accent"),
    ("danger-ink", "danger"),
    ("crisis-ink", "crisis"),
    ("safety-ink", "safety-bg"),
    ("good-ink", "ok-bg"),
]
# Things seen but not read: focus rings, field edges, selection, flags, chart marks.
NON_TEXT_PAIRS = [
    *[("focus", bg) for bg in ("paper", "card", "field")],
    *[("field-line", bg) for bg in ("field", "card", "paper")],
    ("calm-ink", "calm"),
    ("calm", "card"),
    ("danger", "card"),
    ("accent", "card"),
    *[(mark, f"band-{n}") for mark in ("accent", "calm") for n in range(1, 6)],
]


def custom_properties(name: str) -> dict[str, str]:
    """The colours a stylesheet's ``:root`` block sets: {"ink": "#2b2420", ...}."""
    path = finders.find(f"afterglow/css/{name}")
    assert path, name
    block = re.search(r":root\s*{(.*?)}", Path(path).read_text(), re.S).group(1)
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


LIGHT = custom_properties("site.css")
DARK = custom_properties("dark.css")


def test_the_dark_sheet_gives_every_colour_a_dark_value():
    assert set(DARK) == set(LIGHT)
    assert len(LIGHT) > 25  # the parse found the palette, not an empty block


@pytest.mark.parametrize("sheet", [LIGHT, DARK], ids=["light", "dark"])
def test_text_is_four_and_a_half_to_one(sheet):
    weak = {f"{fg} on {bg}": round(ratio(sheet[fg], sheet[bg]), 2) for fg, bg in TEXT_PAIRS}
    assert {pair: r for pair, r in weak.items() if r < TEXT} == {}


@pytest.mark.parametrize("sheet", [LIGHT, DARK], ids=["light", "dark"])
def test_what_must_be_seen_is_three_to_one(sheet):
    weak = {f"{fg} on {bg}": round(ratio(sheet[fg], sheet[bg]), 2) for fg, bg in NON_TEXT_PAIRS}
    assert {pair: r for pair, r in weak.items() if r < NON_TEXT} == {}


@pytest.mark.parametrize("sheet", [LIGHT, DARK], ids=["light", "dark"])
def test_the_crisis_bar_stands_out_from_the_page(sheet):
    """Well past what a control needs: the bar is the first thing to find in either light."""
    assert ratio(sheet["crisis"], sheet["paper"]) >= 7
    assert ratio(sheet["crisis-ink"], sheet["crisis"]) >= 7


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_chart_images_are_readable_in_both(theme):
    palette = PALETTES[theme]
    assert ratio(palette.text, palette.background) >= TEXT
    for colour in palette.series:
        assert ratio(colour, palette.background) >= NON_TEXT, colour


def test_chart_images_sit_on_the_card_they_are_shown_in():
    assert PALETTES["light"].background == LIGHT["card"]
    assert PALETTES["dark"].background == DARK["card"]
    assert PALETTES["dark"].text == DARK["ink"]
