"""Light and dark: how a page asks for the dark stylesheet, and the colours of what the
stylesheets cannot reach.

The pages' colours are custom properties: ``static/afterglow/css/site.css`` sets the light
ones, ``dark.css`` the same names in the dark. ``base.html`` links ``dark.css`` with a media
query: the device's setting (``prefers-color-scheme``) for someone who chose nothing or is
signed out, always on screen for someone who chose dark, never for someone who chose light.
On screen only, so every page prints light on paper. Charts served as SVG images cannot read
the page's properties: their colours are below, one palette per theme, drawn from the same
values, and each page offers the dark picture under the same media query (``chart_image``).
``lib/tests/test_theme_contrast.py`` holds both stylesheets and these palettes to WCAG AA.
"""

from dataclasses import dataclass
from typing import Any

from pygal.style import Style

DEVICE, LIGHT, DARK = "device", "light", "dark"

# The media under which dark.css (and a chart's dark picture) applies, per person's choice.
DARK_MEDIA = {DEVICE: "screen and (prefers-color-scheme: dark)", DARK: "screen", LIGHT: ""}
# What the browser may use for its own parts before the stylesheet arrives.
COLOR_SCHEME = {DEVICE: "light dark", LIGHT: "light", DARK: "dark"}


@dataclass(frozen=True)
class Palette:
    background: str  # the card a chart sits on
    text: str  # labels and legend
    subtle: str  # grid lines
    series: tuple[str, ...]  # accent, calm, violet, grey, ink: each 3:1 or more on the background
    browser: str  # theme-color: the colour of the browser's own bar


PALETTES = {
    LIGHT: Palette(
        background="#ffffff",
        text="#2b2420",
        subtle="#8a7b70",
        series=("#9a3f17", "#2f5d62", "#6b5b95", "#8a7b70", "#2b2420"),
        browser="#9a3f17",
    ),
    DARK: Palette(
        background="#221c19",
        text="#ebe0d5",
        subtle="#6e6058",
        series=("#f4a47c", "#7cc6cb", "#b9a9e6", "#c9b9ab", "#ebe0d5"),
        browser="#221c19",
    ),
}


def chart_theme(value: str | None) -> str:
    """The palette a chart image is drawn in: ``?theme=dark``, anything else light."""
    return DARK if value == DARK else LIGHT


def pygal_style(theme: str, *, series: tuple[int, ...], **options: Any) -> Style:
    """pygal's style in ``theme``'s palette, its lines in the palette's ``series`` colours
    picked by position (0 accent, 1 calm, 2 violet, 3 grey, 4 ink)."""
    palette = PALETTES[chart_theme(theme)]
    return Style(
        background=palette.background,
        plot_background=palette.background,
        foreground=palette.text,
        foreground_strong=palette.text,
        foreground_subtle=palette.subtle,
        colors=tuple(palette.series[n] for n in series),
        font_family="DejaVu Sans, sans-serif",
        **options,
    )


def page_context(theme: str) -> dict[str, Any]:
    """What ``base.html`` and ``chart_image`` need to draw a page in ``theme`` (a choice
    of ``accounts.Theme``; anything unknown follows the device)."""
    if theme not in DARK_MEDIA:
        theme = DEVICE
    light, dark = PALETTES[LIGHT].browser, PALETTES[DARK].browser
    browser_colours = {
        DEVICE: [(light, "(prefers-color-scheme: light)"), (dark, "(prefers-color-scheme: dark)")],
        LIGHT: [(light, "")],
        DARK: [(dark, "")],
    }
    return {
        "theme": theme,
        "dark_media": DARK_MEDIA[theme],
        "color_scheme": COLOR_SCHEME[theme],
        "theme_colors": browser_colours[theme],
    }
