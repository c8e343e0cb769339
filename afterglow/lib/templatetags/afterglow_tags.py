from datetime import date, datetime
from typing import Any

from django import template
from django.utils import timezone

from afterglow.lib.when import clock, day_words, when

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
