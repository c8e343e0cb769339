"""Writes for the Happiness Circle. Each leaves an audit row (no notes in it)."""

import json

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.wellbeing.models import DIMENSION_KEYS, Assessment, Focus

MAX_FOCUS = 3


def assessment_take(
    *, patient: Patient, scores: dict[str, int], notes: dict[str, str], request: HttpRequest | None
) -> Assessment:
    if set(scores) != set(DIMENSION_KEYS) or any(not 0 <= v <= 10 for v in scores.values()):
        raise ValueError("Every dimension needs a score from 0 to 10")
    kept = {k: v.strip() for k, v in notes.items() if k in DIMENSION_KEYS and v.strip()}
    assessment = Assessment(
        patient=patient,
        scores=scores,
        created_at=timezone.now(),
        notes=json.dumps(kept) if kept else None,
    )
    assessment.full_clean()
    with transaction.atomic():
        assessment.save()
        record(action="wellbeing.assess", request=request, patient=patient, obj=assessment)
    return assessment


def focus_set(*, patient: Patient, dimensions: list[str], request: HttpRequest | None) -> Focus:
    if not 1 <= len(dimensions) <= MAX_FOCUS or not set(dimensions) <= set(DIMENSION_KEYS):
        raise ValueError("Choose one to three dimensions")
    focus, _ = Focus.objects.get_or_create(patient=patient)
    focus.dimensions = [d for d in DIMENSION_KEYS if d in dimensions]
    with transaction.atomic():
        focus.save()
        record(
            action="wellbeing.focus",
            request=request,
            patient=patient,
            obj=focus,
            detail={"count": len(dimensions)},
        )
    return focus
