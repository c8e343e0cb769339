"""Caseload benchmark: a clinician with 50 and then 200 patients, each with a believable
history (plan, sessions, questionnaires, a shared entry, some flags). Run by bench/run.py."""

import gc
import random
import uuid
from datetime import date, timedelta

RUNS = 100


def build(count: int, clinician, clinic, rng: random.Random) -> None:
    from django.utils import timezone

    from afterglow.accounts.models import User
    from afterglow.careteam import summary
    from afterglow.clinics.models import CareTeamMember, Patient
    from afterglow.journal.models import Entry
    from afterglow.outcomes.models import Response
    from afterglow.safety.models import Flag
    from afterglow.treatments.models import MaintenancePlan, Protocol, TreatmentSession

    now = timezone.now()
    iv = Protocol.objects.get(clinic=clinic, key="iv-boosters")
    start = Patient.objects.filter(clinic=clinic).count()
    for n in range(start, count):
        user = User.objects.create(email=f"p{n}@bench.example", full_name=f"Patient {n:03d}")
        patient = Patient.objects.create(user=user, clinic=clinic)
        CareTeamMember.objects.create(patient=patient, clinician=clinician)
        MaintenancePlan.objects.create(
            patient=patient, protocol=iv, start_date=date.today() - timedelta(days=200)
        )
        sessions = [
            TreatmentSession(
                patient=patient,
                modality="iv",
                status="completed",
                starts_at=now - timedelta(days=d),
                ends_at=now - timedelta(days=d, minutes=-50),
            )
            for d in (200, 198, 195, 192, 188, 184, 156, 128, 100, 72, 44, 16)
        ]
        TreatmentSession.objects.bulk_create(sessions)
        Response.objects.bulk_create(
            Response(
                patient=patient,
                instrument=code,
                answers=[1] * items,
                total=total,
                band="mild",
                nonce=uuid.uuid4(),
                created_at=now - timedelta(days=d),
            )
            for d in range(0, 180, 14)
            for code, items, total in (("phq9", 9, 9), ("gad7", 7, 7))
        )
        Entry.objects.create(
            patient=patient,
            body="A shared note",
            written_on=date.today(),
            shared_at=now if rng.random() < 0.3 else None,
        )
        summary.refresh([patient.pk])  # as the app does on each write; bulk_create sends none
        if rng.random() < 0.1:
            Flag.objects.create(
                patient=patient,
                kind="worsening",
                severity="attention",
                reasons=["phq9_up_5"],
                source_type="bench",
                source_id=str(n),
            )


def measure(timed, pct) -> list[str]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from afterglow.accounts.models import User
    from afterglow.careteam import summary
    from afterglow.clinics.models import Clinic, Membership

    rng = random.Random(7)
    clinic = Clinic.objects.create(name="Caseload Bench", slug="caseload-bench")
    clinician = User.objects.create_user(
        "clinician@bench.example", "bench password 2026", full_name="Bench Clinician"
    )
    Membership.objects.create(user=clinician, clinic=clinic, role="clinician")
    client = Client()
    client.force_login(clinician)
    session = client.session
    session.pop("afterglow_mfa_enrol", None)
    session.save()
    lines = [
        "",
        "## Caseload",
        "",
        "A clinician's caseload page, every patient with a plan, 12 sessions, 26 "
        f"questionnaires, a journal entry and some flags; {RUNS} requests each.",
        "",
        "| patients | p50 ms | p95 ms | p99 ms | target p95 | queries |",
        "|---|---|---|---|---|---|",
    ]
    for count in (50, 200):
        build(count, clinician, clinic, rng)
        assert summary.drift() == [], "the caseload summaries must match the records"
        from run import analyze

        analyze()
        # As a server process is after afterglow.wsgi has loaded: what exists now (here also
        # the benchmark's own data) is kept out of the garbage collector's way.
        gc.collect()
        gc.freeze()

        def page():
            assert client.get("/caseload/").status_code == 200

        with CaptureQueriesContext(connection) as ctx:
            page()
        queries = len(ctx.captured_queries)  # each request resets the log: count it now
        values = timed(page, RUNS)
        target = (
            "≤ 50" + (" (met)" if pct(values, 95) <= 50 else " (**missed**)")
            if count == 200
            else "—"
        )
        lines.append(
            f"| {count} | {pct(values, 50):.1f} | {pct(values, 95):.1f} | "
            f"{pct(values, 99):.1f} | {target} | {queries} |"
        )
    return lines
