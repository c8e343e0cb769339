"""The daily check over a period, as plain observations: how many, the average, and whether
the later checks sit higher or lower than the earlier ones. A pure function of numbers
(tested on its own); it says what the numbers show, never why."""

from collections.abc import Sequence
from dataclasses import dataclass

STEADY_WITHIN = 0.5  # halves closer than this are "about the same"
MIN_FOR_TREND = 4  # fewer checks than this say nothing about a direction
LOW = 2


@dataclass(frozen=True)
class DailyTrend:
    count: int
    average: float
    earlier: float | None  # the first half's average (None: too few checks)
    later: float | None
    direction: str  # "higher", "lower", "steady", or "" with too few checks
    low_days: int  # checks at 1 or 2
    energy: float | None
    sleep: float | None


def _mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def daily_trend(checks: Sequence[tuple[int, int | None, int | None]]) -> DailyTrend | None:
    """``checks``: (mood, energy, sleep) of each day's check, oldest first."""
    if not checks:
        return None
    moods = [mood for mood, _energy, _sleep in checks]
    earlier = later = None
    direction = ""
    if len(moods) >= MIN_FOR_TREND:
        half = len(moods) // 2
        earlier, later = _mean(moods[:half]), _mean(moods[-half:])
        assert earlier is not None and later is not None
        step = later - earlier
        direction = (
            "higher" if step >= STEADY_WITHIN else "lower" if step <= -STEADY_WITHIN else "steady"
        )
    return DailyTrend(
        count=len(moods),
        average=_mean(moods) or 0.0,
        earlier=earlier,
        later=later,
        direction=direction,
        low_days=sum(1 for mood in moods if mood <= LOW),
        energy=_mean([e for _m, e, _s in checks if e is not None]),
        sleep=_mean([s for _m, _e, s in checks if s is not None]),
    )
