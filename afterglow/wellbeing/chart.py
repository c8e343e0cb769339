"""The circle as a radar chart (pygal), served as an SVG image.

Served as an image rather than inline: pygal puts its styles in a <style> element, which the
page's Content-Security-Policy forbids, while an image cannot run anything. The view sends
the SVG with its own narrow policy. Drawn light or dark (``?theme=dark``, ``lib/theme.py``).
"""

import pygal
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext

from afterglow.lib.theme import DARK, LIGHT, chart_theme, pygal_style
from afterglow.wellbeing.models import DIMENSION_KEYS, DIMENSION_LABELS, Assessment

STYLES = {
    theme: pygal_style(
        theme,
        series=(0, 1, 3),
        label_font_size=13,
        legend_font_size=13,
        opacity=".25",
        opacity_hover=".35",
    )
    for theme in (LIGHT, DARK)
}


def radar_svg(assessments: list[Assessment], *, theme: str = LIGHT) -> str:
    chart = pygal.Radar(
        js=[],
        fill=True,
        range=(0, 10),
        style=STYLES[chart_theme(theme)],
        width=520,
        height=460,
        show_legend=True,
        legend_at_bottom=True,
        dots_size=3,
        disable_xml_declaration=True,
    )
    chart.x_labels = [str(DIMENSION_LABELS[k]) for k in DIMENSION_KEYS]
    series = []
    if assessments:
        series.append((gettext("Now (%(day)s)") % _day(assessments[-1]), assessments[-1]))
    if len(assessments) >= 2:
        series.append((gettext("Before (%(day)s)") % _day(assessments[-2]), assessments[-2]))
    if len(assessments) >= 3:
        series.append((gettext("Start (%(day)s)") % _day(assessments[0]), assessments[0]))
    for label, assessment in series:
        chart.add(label, assessment.ordered_scores)
    return chart.render(is_unicode=True)


def _day(assessment: Assessment) -> dict[str, str]:
    """The day a circle was taken, with Django's month names ("Mar 5" in English)."""
    return {"day": date_format(assessment.created_at, "M j")}
