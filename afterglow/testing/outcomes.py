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


def answer_phq9(patient: Patient, answers: list[int] | int) -> Response:
    """Submit a PHQ-9 as the patient would: a list of nine answers, or a total to spread."""
    given = phq9_answers(answers) if isinstance(answers, int) else answers
    response, _ = response_submit(
        patient=patient,
        instrument="phq9",
        answers=given,
        difficulty=None,
        nonce=uuid.uuid4(),
        request=None,
    )
    return response
