"""Mood over time: what the patient records of their mood and energy (the daily check, the
check-ins after a session, the mood and energy of journal entries), with their treatment
sessions marked.

Four queries whatever the amount of data: daily checks, check-ins, entries, sessions, each as plain
values. The care team sees journal moods only from entries shared with them now. The chart is
drawn by pygal and served as an SVG image with its own narrow policy (as the circle's), light
or dark (``?theme=dark``); the page shows the same points in a table.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pygal
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from afterglow.aftercare.models import CheckIn
from afterglow.journal.models import Entry
from afterglow.lib.theme import DARK, LIGHT, chart_theme, pygal_style
from afterglow.outcomes.models import DailyCheck
from afterglow.treatments.models import SessionStatus, TreatmentSession

RANGES = {"week": 7, "month": 31, "all": None}
STYLES = {
    theme: pygal_style(
        theme,
        series=(0, 1, 2, 3, 4),
        label_font_size=13,
        major_label_font_size=13,
        legend_font_size=13,
        # Lines and dots at full strength: pygal's default .7/.8 would dim them below 3:1
        # against the dark card.
        opacity="1",
        stroke_opacity="1",
    )
    for theme in (LIGHT, DARK)
}


@dataclass(frozen=True)
class Point:
    when: datetime
    source: str  # "daily", "check_in" or "journal"
    mood: int
    energy: int | None = None
    sleep: int | None = None


@dataclass(frozen=True)
class MoodHistory:
    points: list[Point]
    sessions: list[datetime]

    @property
    def average(self) -> float | None:
        if not self.points:
            return None
        return round(sum(p.mood for p in self.points) / len(self.points), 1)


def range_of(value: str | None) -> str:
    return value if value in RANGES else "month"


def history(patient: Any, *, span: str, now: datetime, shared_only: bool) -> MoodHistory:
    days = RANGES[range_of(span)]
    since = now - timedelta(days=days) if days is not None else None
    check_ins = CheckIn.objects.filter(patient=patient)
    dailies = DailyCheck.objects.filter(patient=patient)
    entries = Entry.objects.filter(patient=patient, mood__isnull=False)
    sessions = TreatmentSession.objects.filter(patient=patient, status=SessionStatus.COMPLETED)
    if shared_only:
        entries = entries.filter(shared_at__isnull=False)
    if since is not None:
        check_ins = check_ins.filter(created_at__gte=since)
        dailies = dailies.filter(created_at__gte=since)
        entries = entries.filter(created_at__gte=since)
        sessions = sessions.filter(starts_at__gte=since)
    points = (
        [
            Point(when, "daily", mood, energy=energy, sleep=sleep)
            for when, mood, energy, sleep in dailies.values_list(
                "created_at", "mood", "energy", "sleep"
            )
        ]
        + [
            Point(when, "check_in", mood, sleep=sleep)
            for when, mood, sleep in check_ins.values_list("created_at", "mood", "sleep")
        ]
        + [
            Point(when, "journal", mood or 0, energy=energy)  # mood__isnull=False
            for when, mood, energy in entries.values_list("created_at", "mood", "energy")
        ]
    )
    points.sort(key=lambda p: p.when)
    starts = sorted(sessions.values_list("starts_at", flat=True))
    return MoodHistory(points, starts)


def chart_svg(found: MoodHistory, zone: Any, *, theme: str = LIGHT) -> str:
    chart = pygal.DateTimeLine(
        js=[],
        style=STYLES[chart_theme(theme)],
        width=360,
        height=300,
        range=(1, 5),
        include_x_axis=False,
        show_legend=True,
        legend_at_bottom=True,
        legend_at_bottom_columns=2,
        dots_size=4,
        x_label_rotation=30,
        # Django's month names, so the axis reads in the reader's language ("Mar 5").
        x_value_formatter=lambda moment: date_format(moment.astimezone(zone), "M j"),
        disable_xml_declaration=True,
        no_data_text=_("Nothing recorded yet"),
    )
    for source, label in (
        ("daily", _("Daily check")),
        ("check_in", _("Check-in mood")),
        ("journal", _("Journal mood")),
    ):
        series = [(p.when, p.mood) for p in found.points if p.source == source]
        if series:
            chart.add(label, series)
    energy = [(p.when, p.energy) for p in found.points if p.energy is not None]
    if energy:
        chart.add(_("Energy"), energy, stroke_style={"dasharray": "4, 4"})
    if found.sessions:
        chart.add(_("Treatment session"), [(s, 5) for s in found.sessions], stroke=False)
    return chart.render(is_unicode=True)
