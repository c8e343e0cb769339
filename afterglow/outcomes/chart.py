"""A questionnaire's scores over time as inline SVG: bands shaded, treatment sessions marked.

Drawn here rather than with a chart library: the chart needs shaded severity bands and session
markers, and it must carry no inline style or script (the Content-Security-Policy forbids
both), so plain SVG from a template is the simplest honest way. Its colours are classes that
site.css fills from the page's custom properties, so it is light or dark with the page.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterglow.outcomes.instruments import Instrument
from afterglow.outcomes.models import Response

if TYPE_CHECKING:
    from afterglow.clinics.models import Patient

# Drawn narrow and shown no wider than it is drawn (site.css), so its 16-unit text is about
# 13 px on a 390 px phone and 16 px on a desktop. The band names are a legend under the chart,
# not text inside it, where they covered the latest score and the session lines.
WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 30, 10, 12, 30
BAND_SHADES = 5  # site.css's --band-1 (mildest) to --band-5


@dataclass
class Point:
    x: float
    y: float
    total: int
    when: datetime


@dataclass
class BandBox:
    y: float
    height: float
    shade: int  # 1 to BAND_SHADES: the class band-<shade>
    label: str
    low: int
    high: int
    low_y: float  # where the band's lowest score sits on the axis


@dataclass
class Chart:
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    plot_top: int = TOP
    plot_right: int = WIDTH - RIGHT
    plot_bottom: int = HEIGHT - BOTTOM
    bands: list[BandBox] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    sessions: list[float] = field(default_factory=list)
    first: datetime | None = None
    last: datetime | None = None

    @property
    def plot_width(self) -> int:
        return self.plot_right - self.left

    @property
    def single(self) -> Point | None:
        """The one score, when there is only one: its date is written once, under it."""
        return self.points[0] if len(self.points) == 1 else None

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def build(spec: Instrument, responses: list[Response], sessions: list[datetime]) -> Chart:
    chart = Chart()
    top, bottom = TOP, HEIGHT - BOTTOM

    def y_of(score: float) -> float:
        return bottom - (bottom - top) * score / spec.max_total

    for n, band in enumerate(spec.bands):
        upper = y_of(min(band.high + 1, spec.max_total))
        lower = y_of(band.low)
        chart.bands.append(
            BandBox(
                y=upper,
                height=lower - upper,
                shade=n % BAND_SHADES + 1,
                label=band.label,
                low=band.low,
                high=band.high,
                low_y=lower,
            )
        )
    if not responses:
        return chart
    times = [r.created_at for r in responses]
    chart.first, chart.last = min(times), max(times)
    span = (chart.last - chart.first).total_seconds() or 1.0
    width = chart.plot_right - LEFT

    def x_of(moment: datetime) -> float:
        if chart.first == chart.last:
            return LEFT + width / 2
        return LEFT + width * (moment - chart.first).total_seconds() / span  # type: ignore[operator]

    chart.points = [
        Point(x_of(r.created_at), y_of(r.total), r.total, r.created_at) for r in responses
    ]
    chart.sessions = [x_of(s) for s in sessions if chart.first <= s <= chart.last]
    return chart


def blocks_for(patient: "Patient") -> list[dict[str, Any]]:
    """Each instrument's summary with its chart, for the patient's and the care team's pages."""
    from afterglow.outcomes import selectors

    sessions = selectors.session_days(patient)
    return [
        {"summary": s, "chart": build(s.instrument, s.responses, sessions)}
        for s in selectors.summaries(patient)
    ]
