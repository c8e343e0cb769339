"""Demo circles, goals and integration sessions (only for patients who have none)."""

from datetime import timedelta

from django.utils import timezone

from afterglow.clinics.models import Clinic, Patient, Role
from afterglow.integration.models import Goal, IntegrationSession, SessionStatus, Step
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
                created_at=now - timedelta(days=days),
            )
        if name == "alex":
            Focus.objects.create(patient=patient, dimensions=["social", "physical"])
            goal = Goal.objects.create(
                patient=patient,
                title="Reconnect with my sister",
                why="I miss how close we were.",
                dimension="social",
                area="communication",
                target_date=(now + timedelta(days=30)).date(),
            )
            Step.objects.create(
                goal=goal,
                title="Call her on Sunday",
                due_date=(now - timedelta(days=2)).date(),
                done_at=now - timedelta(days=2),
            )
            Step.objects.create(
                goal=goal, title="Plan a walk together", due_date=(now + timedelta(days=5)).date()
            )
            IntegrationSession.objects.create(
                patient=patient,
                therapist=therapist.user if therapist else None,
                status=SessionStatus.DONE,
                scheduled_for=now - timedelta(days=18),
                insights="Evenings are when the old belief of being a burden returns.",
                tools="When the 8pm dip comes, name it out loud: 'this is the dip'\n"
                "Text one person each evening, even just a photo",
                note_written_at=now - timedelta(days=18),
                areas=["limiting_beliefs"],
            )
