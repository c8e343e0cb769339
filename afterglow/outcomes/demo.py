"""Demo questionnaire histories: Alex is a responder, Priya is early on, Noah and Lucía have
a baseline.

Each baseline comes before the first session; answers are given in the evening, at home.
"""

import uuid

from django.utils import timezone

from afterglow.clinics.demo import on_day
from afterglow.clinics.models import Clinic, Patient
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import Response

# patient: [(days ago, PHQ-9 answers, GAD-7 answers)]
HISTORY = {
    "alex": [
        (124, [2, 3, 2, 3, 2, 2, 2, 2, 0], [2, 3, 2, 2, 2, 2, 2]),
        (100, [2, 2, 2, 2, 1, 2, 1, 1, 0], [2, 2, 1, 2, 1, 2, 1]),
        (72, [1, 2, 1, 2, 1, 1, 1, 1, 0], [1, 2, 1, 1, 1, 1, 1]),
        (44, [1, 1, 1, 1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 0, 1, 1]),
        (16, [1, 1, 1, 1, 0, 1, 1, 0, 0], [1, 1, 1, 1, 0, 1, 0]),
    ],
    "priya": [
        (16, [2, 2, 2, 2, 2, 2, 2, 2, 0], [2, 2, 2, 2, 1, 2, 2]),
        (8, [2, 2, 1, 2, 1, 2, 1, 2, 0], [2, 2, 1, 2, 1, 1, 2]),
    ],
    "noah": [(9, [2, 2, 2, 2, 2, 2, 2, 3, 0], [2, 2, 2, 2, 2, 2, 2])],
    "lucia": [(11, [2, 3, 2, 2, 1, 2, 2, 1, 0], [2, 2, 2, 1, 1, 2, 2])],
}


def add_demo_outcomes(clinic: Clinic) -> None:
    now = timezone.now()
    for patient in Patient.objects.filter(clinic=clinic).select_related("user"):
        rows = HISTORY.get(patient.user.email.split("@")[0])
        if not rows or Response.objects.filter(patient=patient).exists():
            continue
        for days, phq, gad in rows:
            for code, answers in (("phq9", phq), ("gad7", gad)):
                spec = INSTRUMENTS[code]
                total = spec.score(answers)
                Response.objects.create(
                    patient=patient,
                    instrument=code,
                    answers=answers,
                    total=total,
                    band=spec.band(total).code,
                    nonce=uuid.uuid4(),
                    difficulty=1,
                    created_at=on_day(now, clinic.time_zone, days, 19, 30),
                )
