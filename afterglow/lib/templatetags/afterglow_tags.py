from datetime import date, datetime, time
from typing import Any

from django import template
from django.utils import timezone
from django.utils.http import urlencode

from afterglow.lib.theme import DARK
from afterglow.lib.when import clock, clock_of, day_words, when

register = template.Library()


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    """``{{ labels|get_item:code }}``: a dictionary look-up by a variable key."""
    return mapping.get(key) if mapping else None


@register.filter(name="when")
def when_filter(moment: datetime | None) -> str:
    """``{{ session.starts_at|when }}``: "today at 5 PM", "tomorrow at 9:30 AM", … in the
    person's time zone (``afterglow.lib.when``)."""
    return when(moment) if moment else ""


@register.filter(name="clock")
def clock_filter(moment: datetime | None) -> str:
    """``{{ moment|clock }}``: "5 PM", "5:30 PM"."""
    return clock(moment) if moment else ""


@register.filter(name="day")
def day_filter(day: date | None) -> str:
    """``{{ due.earliest|day }}``: "today", "tomorrow", "Thursday", "Thu, Dec 3"."""
    return day_words(day, timezone.localdate()) if day else ""


@register.filter(name="hours")
def hours_filter(times: list[str] | None) -> str:
    """``{{ medicine.times|hours }}``: ["08:00", "21:30"] as "8 AM, 9:30 PM", the clock every
    other page uses."""
    return ", ".join(clock_of(time.fromisoformat(t)) for t in times or [])


@register.inclusion_tag("_chart_image.html", takes_context=True)
def chart_image(
    context: template.Context, src: str, alt: str, width: int, height: int, **query: str
) -> dict[str, Any]:
    """``{% chart_image url alt 360 300 range=span %}``: a chart served as an SVG image, in
    the dark when the page is (the same media query as dark.css, ``lib/theme.py``)."""
    light = f"{src}?{urlencode(query)}" if query else src
    dark = f"{src}?{urlencode({**query, 'theme': DARK})}"
    return {
        "light": light,
        "dark": dark,
        "dark_media": context.get("dark_media", ""),
        "alt": alt,
        "width": width,
        "height": height,
    }
