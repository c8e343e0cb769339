"""Demo circles, goals and integration sessions (only for patients who have none), each at
a believable time on the clinic's clock (see ``clinics.demo``)."""

from datetime import timedelta

from django.utils import timezone

from afterglow.clinics.demo import on_day
from afterglow.clinics.models import Clinic, Patient, Role
from afterglow.integration.models import Goal, IntegrationSession, SessionStatus, Step
from afterglow.treatments.models import SessionStatus as TreatmentStatus
from afterglow.treatments.models import TreatmentSession
from afterglow.wellbeing.models import Assessment, Focus

CIRCLES = {
    "alex": [(120, [3, 2, 4, 3, 3, 5, 4, 3]), (20, [6, 4, 6, 5, 5, 6, 5, 5])],
    "priya": [(15, [4, 5, 3, 5, 4, 6, 6, 3]), (2, [5, 5, 5, 6, 4, 6, 6, 4])],
}
KEYS = [
    "emotional",
    "social",
    "spiritual",
    "mental",
    "physical",
    "environmental",
    "financial",
    "occupational",
]


def add_demo_integration(clinic: Clinic) -> None:
    now = timezone.now()
    therapist = clinic.memberships.filter(role=Role.CLINICIAN).order_by("-id").first()
    for patient in Patient.objects.filter(clinic=clinic).select_related("user"):
        name = patient.user.email.split("@")[0]
        if name not in CIRCLES or Assessment.objects.filter(patient=patient).exists():
            continue
        for days, scores in CIRCLES[name]:
            Assessment.objects.create(
                patient=patient,
                scores=dict(zip(KEYS, scores, strict=True)),
                created_at=on_day(now, clinic.time_zone, days, 20),
            )
        if name == "alex":
            Focus.objects.create(patient=patient, dimensions=["social", "physical"])
            planned = on_day(now, clinic.time_zone, 18, 16)  # after the integration session
            goal = Goal.objects.create(
                created_at=planned,
                patient=patient,
                title="Reconnect with my sister",
                why="I miss how close we were.",
                dimension="social",
                area="communication",
                target_date=(now + timedelta(days=30)).date(),
            )
            Step.objects.create(
                goal=goal,
                created_at=planned,
                title="Call her for a proper catch-up",
                due_date=(now - timedelta(days=2)).date(),
                done_at=on_day(now, clinic.time_zone, 2, 19, 15),
            )
            Step.objects.create(
                goal=goal,
                created_at=planned,
                title="Plan a walk together",
                due_date=(now + timedelta(days=5)).date(),
            )
            booster = (  # the latest booster, two days before this session
                TreatmentSession.objects.filter(
                    patient=patient, status=TreatmentStatus.COMPLETED, ends_at__lte=now
                )
                .order_by("-ends_at")
                .first()
            )
            IntegrationSession.objects.create(
                patient=patient,
                therapist=therapist.user if therapist else None,
                status=SessionStatus.DONE,
                treatment=booster,
                created_at=on_day(now, clinic.time_zone, 20, 11, 30),
                scheduled_for=on_day(now, clinic.time_zone, 18, 14),
                insights="Evenings are when the old belief of being a burden returns.",
                tools="When the 8pm dip comes, name it out loud: 'this is the dip'\n"
                "Text one person each evening, even just a photo",
                note_written_at=on_day(now, clinic.time_zone, 18, 15, 10),
                areas=["limiting_beliefs"],
            )
        if name == "priya":
            # One integration session so far, after her second treatment: the later ones
            # still wait for theirs (the caseload shows one overdue, not three).
            second = (
                TreatmentSession.objects.filter(patient=patient, status=TreatmentStatus.COMPLETED)
                .order_by("ends_at")[1:2]
                .first()
            )
            IntegrationSession.objects.create(
                patient=patient,
                therapist=therapist.user if therapist else None,
                status=SessionStatus.DONE,
                treatment=second,
                created_at=on_day(now, clinic.time_zone, 12, 13),
                scheduled_for=on_day(now, clinic.time_zone, 10, 16),
                insights="Feels held in sessions, braced at work; wants to keep evenings for rest.",
                tools="Leave on time on session days\nA slow walk before opening email",
                note_written_at=on_day(now, clinic.time_zone, 10, 17),
                areas=["routines"],
            )
