from django.core.management import call_command

from afterglow.accounts.models import User
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import CareTeamMember, Membership, Patient


def counts():
    return (
        User.objects.count(),
        Patient.objects.count(),
        Membership.objects.count(),
        CareTeamMember.objects.count(),
        AuditEvent.objects.count(),
    )


def test_loading_the_demo_twice_changes_nothing(db, capsys):
    call_command("load_demo")
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first[:3] == (7, 4, 3)
    out = capsys.readouterr().out
    assert "alex@demo.afterglow.test" in out and "password" in out


def test_the_demo_code_command_prints_six_digits(db, capsys):
    call_command("demo_code")
    assert capsys.readouterr().out.strip().isdigit()


def test_the_demo_patients_stand_at_believable_points(db, time_machine):
    from datetime import UTC, datetime

    from afterglow.careteam.selectors import caseload_rows
    from afterglow.outcomes.selectors import summaries
    from afterglow.wellbeing.models import Assessment

    now = datetime(2026, 3, 11, 15, 0, tzinfo=UTC)
    time_machine.move_to(now, tick=False)
    call_command("load_demo")
    alex = Patient.objects.get(user__email__startswith="alex@")
    noah = Patient.objects.get(user__email__startswith="noah@")
    priya = Patient.objects.get(user__email__startswith="priya@")
    lucia = Patient.objects.get(user__email__startswith="lucia@")
    assert lucia.user.language == "es"  # the demo's Spanish-speaking patient
    assert lucia.treatment_sessions.filter(status="scheduled").exists()
    assert summaries(alex)[0].response_reached  # the responder
    assert Assessment.objects.filter(patient=alex).count() == 2
    assert priya.treatment_sessions.filter(status="scheduled").exists()
    assert all(p.journal_entries.exists() for p in (alex, noah, priya, lucia))
    maya = User.objects.get(email__startswith="maya@")
    rows = caseload_rows(maya, now)
    assert len(rows) == 4 and not any(r.missed_check_ins for r in rows)


def test_the_demo_patients_joined_before_their_history(db, time_machine):
    """The summary for the next visit counts "since you joined": a demo patient's sessions,
    check-ins and entries fall inside it, not before it."""
    from datetime import UTC, datetime

    from afterglow.treatments.models import TreatmentSession
    from afterglow.visits.content import build
    from afterglow.visits.sections import KEYS
    from afterglow.visits.selectors import period_of

    now = datetime(2026, 3, 11, 15, 0, tzinfo=UTC)
    time_machine.move_to(now, tick=False)
    call_command("load_demo")
    for patient in Patient.objects.all():
        first = TreatmentSession.objects.filter(patient=patient).order_by("starts_at").first()
        assert first is not None and patient.created_at < first.starts_at
    noah = Patient.objects.get(user__email="noah@demo.afterglow.test")
    period = period_of(noah, now)
    found = build(noah, since=period.since, until=now, included=KEYS)
    assert found.sessions, "Noah's induction sessions are in his summary"
