"""Helpers for tests that need questionnaire answers."""

import uuid

from afterglow.clinics.models import Patient
from afterglow.outcomes.models import Response
from afterglow.outcomes.services import response_submit


def phq9_answers(total: int) -> list[int]:
    """Nine answers adding up to ``total`` (at most 24), item 9 (self-harm) answered 0."""
    answers = [min(3, max(0, total - 3 * i)) for i in range(8)] + [0]
    while sum(answers) < total:
        answers[answers.index(min(answers[:8]))] += 1
    return answers


def answer(
    patient: Patient, instrument: str, answers: list[int], *, difficulty: int | None = None
) -> Response:
    """Submit a questionnaire as the patient would (a fresh form each time)."""
    response, _ = response_submit(
        patient=patient,
        instrument=instrument,
        answers=answers,
        difficulty=difficulty,
        nonce=uuid.uuid4(),
        request=None,
    )
    return response


def answer_phq9(patient: Patient, answers: list[int] | int) -> Response:
    """A PHQ-9: a list of nine answers, or a total to spread over them."""
    return answer(patient, "phq9", phq9_answers(answers) if isinstance(answers, int) else answers)
