"""Reads of the Happiness Circle."""

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from afterglow.clinics.models import Patient
from afterglow.wellbeing.models import (
    DIMENSION_KEYS,
    DIMENSION_LABELS,
    Assessment,
    DimensionGuide,
    Focus,
    WellbeingSettings,
)


@dataclass(frozen=True)
class Move:
    dimension: str
    label: str
    delta: int


def history(patient: Patient) -> list[Assessment]:
    return list(Assessment.objects.filter(patient=patient))


def notes_of(assessment: Assessment) -> dict[str, str]:
    return json.loads(assessment.notes) if assessment.notes else {}


def moved_most(assessments: list[Assessment], top: int = 3) -> list[Move]:
    if len(assessments) < 2:
        return []
    latest, previous = assessments[-1].scores, assessments[-2].scores
    moves = [
        Move(k, str(DIMENSION_LABELS[k]), int(latest[k]) - int(previous[k]))
        for k in DIMENSION_KEYS
        if latest[k] != previous[k]
    ]
    return sorted(moves, key=lambda m: -abs(m.delta))[:top]


def reassess_days(patient: Patient) -> int:
    days = (
        WellbeingSettings.objects.filter(clinic_id=patient.clinic_id)
        .values_list("reassess_days", flat=True)
        .first()
    )
    return days or 28


def reassessment_due(patient: Patient, now: datetime) -> bool:
    last = Assessment.objects.filter(patient=patient).values_list("created_at", flat=True).last()
    return last is None or now - last >= timedelta(days=reassess_days(patient))


def guides(patient: Patient) -> list[DimensionGuide]:
    return list(DimensionGuide.objects.filter(clinic_id=patient.clinic_id))


def focus_of(patient: Patient) -> list[str]:
    focus = Focus.objects.filter(patient=patient).first()
    return list(focus.dimensions) if focus else []


def focus_keys(patient: Patient) -> set[tuple[str, str]]:
    """The Circle's focus dimensions, for steering the journal's prompt of the day."""
    return {("dimension", d) for d in focus_of(patient)}
