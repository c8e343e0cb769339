"""A believable clinic at scale, for benchmarks: reproducible from a seed, built with bulk
inserts. Each patient has an IV-ketamine plan and sessions on its rhythm (six in the first
three weeks, then about monthly), check-ins after most sessions, PHQ-9 and GAD-7 every two
weeks drifting down, a journal (encrypted, indexed for search), a Happiness Circle a month,
goals with steps, and now and then a flag."""

import random
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.models import User
from afterglow.aftercare.models import CheckIn
from afterglow.careteam import summary
from afterglow.clinics.demo import DEMO_TOTP_HEX
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role
from afterglow.integration.models import Goal, Step
from afterglow.journal.index import entry_tokens
from afterglow.journal.models import Entry, EntryToken
from afterglow.lib.domains import DIMENSIONS
from afterglow.ops.words import sentence
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import Response
from afterglow.safety.models import Flag
from afterglow.treatments.models import MaintenancePlan, Protocol, TreatmentSession
from afterglow.wellbeing.models import Assessment

PASSWORD = "scale password 2026"
PER_CLINICIAN = 200


@dataclass
class Built:
    clinic: Clinic
    clinicians: list[User]
    patients: int
    rows: int


def seed_scale(
    *,
    patients: int,
    years: float,
    seed: int = 2026,
    entries_per_week: float = 2.0,
    progress: Callable[[int, int], None] | None = None,
    slug: str = "",
) -> Built:
    rng = random.Random(seed)
    now = timezone.now()
    slug = slug or f"scale-{seed}"
    clinic = Clinic.objects.create(name=f"Scale Clinic {slug}", slug=slug)
    protocol = Protocol.objects.get(clinic=clinic, key="iv-boosters")
    hashed = User(email="x@x.invalid")
    hashed.set_password(PASSWORD)  # one hash for everyone: hashing 200 passwords is slow
    clinicians = []
    for n in range((patients + PER_CLINICIAN - 1) // PER_CLINICIAN or 1):
        user = User.objects.create(
            email=f"clinician{n}@{slug}.test", full_name=f"Clinician {n}", password=hashed.password
        )
        Membership.objects.create(user=user, clinic=clinic, role=Role.CLINICIAN)
        # Staff sign in with a second step: the demo's authenticator key (`demo_code`).
        TOTPDevice.objects.create(user=user, name="scale", key=DEMO_TOTP_HEX, confirmed=True)
        clinicians.append(user)
    days = int(365 * years)
    rows = 0
    for n in range(patients):
        with transaction.atomic():
            rows += _patient(
                rng, n, clinic, protocol, clinicians, hashed.password, now, days, entries_per_week
            )
        if progress:
            progress(n + 1, patients)
    # bulk_create sends no signals: the caseload summaries are built once, for everyone.
    summary.refresh(Patient.objects.filter(clinic=clinic).values_list("pk", flat=True))
    return Built(clinic, clinicians, patients, rows)


def _patient(rng, n, clinic, protocol, clinicians, password, now, days, per_week) -> int:  # type: ignore[no-untyped-def]
    slug = clinic.slug
    user = User.objects.create(
        email=f"patient{n}@{slug}.test", full_name=f"Patient {n:04d}", password=password
    )
    patient = Patient.objects.create(user=user, clinic=clinic)
    CareTeamMember.objects.create(patient=patient, clinician=clinicians[n // PER_CLINICIAN])
    begun = now - timedelta(days=rng.randint(days // 3, days))
    MaintenancePlan.objects.create(patient=patient, protocol=protocol, start_date=begun.date())
    offsets = [0, 2, 5, 8, 12, 16]
    while offsets[-1] < (now - begun).days - 35:
        offsets.append(offsets[-1] + rng.randint(24, 38))
    sessions = [
        TreatmentSession(
            patient=patient,
            modality="iv",
            status="completed",
            starts_at=begun + timedelta(days=d, hours=rng.randint(0, 6)),
            ends_at=begun + timedelta(days=d, hours=1),
        )
        for d in offsets
        if begun + timedelta(days=d, hours=1) < now
    ]
    TreatmentSession.objects.bulk_create(sessions)
    check_ins = [
        CheckIn(
            session=s,
            patient=patient,
            kind=kind,
            mood=rng.randint(2, 5),
            sleep=rng.randint(2, 5),
            created_at=s.ends_at + timedelta(hours=6 if kind == "evening" else 20),
        )
        for s in sessions
        for kind in ("evening", "morning")
        if rng.random() < 0.8
    ]
    CheckIn.objects.bulk_create(check_ins)
    responses = []
    start_phq = rng.randint(10, 24)
    for k, day in enumerate(range(0, (now - begun).days, 14)):
        for code, top in (("phq9", start_phq), ("gad7", start_phq * 7 // 9)):
            spec = INSTRUMENTS[code]
            total = max(0, min(len(spec.items) * 3, top - k // 2 + rng.randint(-2, 2)))
            answers = _spread(total, len(spec.items), rng)
            if code == "phq9":
                answers[8] = 0  # item 9 answered 0: safety is exercised by real tests
                total = sum(answers)
            responses.append(
                Response(
                    patient=patient,
                    instrument=code,
                    answers=answers,
                    total=total,
                    band=spec.band(total).code,
                    nonce=uuid.uuid4(),
                    created_at=begun + timedelta(days=day, hours=9),
                )
            )
    Response.objects.bulk_create(responses)
    entries = []
    weeks = (now - begun).days / 7
    for _ in range(int(weeks * per_week)):
        moment = begun + timedelta(minutes=rng.randint(0, int((now - begun).total_seconds() // 60)))
        entries.append(
            Entry(
                patient=patient,
                title=sentence(rng, 2, 4),
                body=" ".join(sentence(rng, 8, 16) for _ in range(3)),
                created_at=moment,
                written_on=moment.date(),
                shared_at=moment if rng.random() < 0.2 else None,
            )
        )
    Entry.objects.bulk_create(entries, batch_size=500)
    EntryToken.objects.bulk_create(
        (EntryToken(entry=e, token=t) for e in entries for t in entry_tokens(e)), batch_size=2000
    )
    circles = [
        Assessment(
            patient=patient,
            created_at=begun + timedelta(days=d),
            scores={key: rng.randint(2, 9) for key, _ in DIMENSIONS},
        )
        for d in range(0, (now - begun).days, 28)
    ]
    Assessment.objects.bulk_create(circles)
    goal = Goal.objects.create(patient=patient, title=sentence(rng, 3, 5), dimension="social")
    Step.objects.bulk_create(
        Step(goal=goal, title=sentence(rng, 3, 6), due_date=(now + timedelta(days=i * 7)).date())
        for i in range(3)
    )
    flags = 0
    if rng.random() < 0.08:
        Flag.objects.create(
            patient=patient,
            kind="worsening",
            severity="attention",
            reasons=["phq9_up_5"],
            source_type="scale",
            source_id=f"{slug}-{n}",
        )
        flags = 1
    return (
        3
        + len(sessions)
        + len(check_ins)
        + len(responses)
        + len(entries)
        + len(circles)
        + 4
        + flags
    )


def _spread(total: int, items: int, rng: random.Random) -> list[int]:
    answers = [0] * items
    for _ in range(total):
        open_items = [i for i in range(items) if answers[i] < 3]
        if not open_items:
            break
        answers[rng.choice(open_items)] += 1
    return answers


def bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r  patients {done}/{total} [{'#' * filled}{' ' * (width - filled)}]")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
