"""The demo reads true whatever the hour it is loaded at: events in their order, sessions in
opening hours, check-ins inside their windows and labelled as what they are, words written
after what they describe, and the flags time has made due already raised."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from afterglow.aftercare.models import CheckIn, CheckInKind
from afterglow.aftercare.selectors import aftercare_for, check_in_windows, preparation_for
from afterglow.clinics.models import Patient
from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.journal.models import Entry
from afterglow.outcomes.models import Response
from afterglow.safety.models import Flag, FlagKind
from afterglow.treatments.models import MonitoringRecord, TreatmentSession
from afterglow.wellbeing.models import Assessment

NEW_YORK = ZoneInfo("America/New_York")
CLOCKS = [
    datetime(2026, 3, 11, 3, 0, tzinfo=NEW_YORK),  # 3 AM on a Wednesday
    datetime(2026, 3, 11, 9, 30, tzinfo=NEW_YORK),  # before the first session has ended
    datetime(2026, 3, 11, 11, 20, tzinfo=NEW_YORK),
    datetime(2026, 3, 14, 18, 45, tzinfo=NEW_YORK),  # a Saturday evening
    datetime(2026, 3, 8, 23, 50, tzinfo=NEW_YORK),  # the day the clocks go forward
    datetime(2026, 11, 1, 12, 0, tzinfo=NEW_YORK),  # the day they go back
]


def local(moment):
    return moment.astimezone(NEW_YORK)


@pytest.fixture(params=CLOCKS, ids=lambda c: c.strftime("%a-%H%M"))
def demo_at(request, db, time_machine):
    now = request.param.astimezone(UTC)
    time_machine.move_to(now, tick=False)
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return now


def patient(name):
    return Patient.objects.select_related("user").get(user__email__startswith=f"{name}@")


def test_nothing_happened_after_now_and_bookings_are_ahead(demo_at):
    now = demo_at
    past = [
        *Entry.objects.values_list("created_at", flat=True),
        *CheckIn.objects.values_list("created_at", flat=True),
        *Response.objects.values_list("created_at", flat=True),
        *Assessment.objects.values_list("created_at", flat=True),
        *Goal.objects.values_list("created_at", flat=True),
        *Step.objects.exclude(done_at=None).values_list("done_at", flat=True),
        *IntegrationSession.objects.values_list("scheduled_for", flat=True),
        *IntegrationSession.objects.values_list("note_written_at", flat=True),
        *MonitoringRecord.objects.values_list("completed_at", flat=True),
        *TreatmentSession.objects.filter(status="completed").values_list("ends_at", flat=True),
    ]
    assert past and all(moment <= now for moment in past)
    booked = TreatmentSession.objects.filter(status="scheduled")
    assert booked and all(s.starts_at > now for s in booked)


def test_sessions_are_in_opening_hours(demo_at):
    for session in TreatmentSession.objects.all():
        assert time(9) <= local(session.starts_at).time() <= time(15), session
        assert session.ends_at > session.starts_at


def test_check_ins_sit_inside_their_windows_and_read_as_their_kind(demo_at):
    checks = CheckIn.objects.select_related("session__patient__user")
    assert checks
    for check in checks:
        opens, closes = check_in_windows(check.session, check.session.patient.time_zone)[check.kind]
        assert opens <= check.created_at < closes
        hour = local(check.created_at).hour
        if check.kind == CheckInKind.EVENING:
            assert hour >= 17 or hour < 5  # "Evening check-in · 10:05 AM" no more
        else:
            assert local(check.created_at).date() > local(check.session.ends_at).date()
            assert 5 <= hour < 24


def test_words_come_after_what_they_describe(demo_at):
    for entry in Entry.objects.all():
        body = entry.body
        if any(w in body for w in ("drove me", "drive home", "clinic chair", "last booster")):
            before = TreatmentSession.objects.filter(
                patient=entry.patient, status="completed", ends_at__lte=entry.created_at
            ).order_by("-ends_at")
            assert before.exists(), body
            if "last booster" not in body:  # about the session of that very day
                assert entry.created_at - before[0].ends_at < timedelta(hours=12), body


def test_questionnaires_begin_before_treatment_and_are_answered_at_waking_hours(demo_at):
    for person in Patient.objects.all():
        answers = Response.objects.filter(patient=person).order_by("created_at")
        first_session = person.treatment_sessions.order_by("starts_at").first()
        assert answers.first().created_at < first_session.starts_at
        assert all(7 <= local(r.created_at).hour < 23 for r in answers)


def test_each_patient_stands_where_the_readme_says(demo_at):
    now = demo_at
    noah = patient("noah")
    plan = aftercare_for(noah, now)
    assert plan is not None and plan.active  # Today is the 24-hour plan
    assert now - plan.session.ends_at >= timedelta(hours=1)
    priya = patient("priya")
    booked = preparation_for(priya, now)
    assert booked is not None  # booked tomorrow morning: Today shows how to prepare
    assert local(booked.session.starts_at).date() == local(now).date() + timedelta(days=1)
    assert local(booked.session.starts_at).time() == time(9)


def test_loading_raises_the_flags_time_has_made_due(demo_at):
    kinds = set(Flag.objects.values_list("kind", flat=True))
    assert {FlagKind.REMS_MONITORING, FlagKind.OVERDUE_INTEGRATION} <= kinds
    rems = Flag.objects.filter(kind=FlagKind.REMS_MONITORING)
    assert {f.patient.user.email.split("@")[0] for f in rems} == {"priya"}
    overdue = Flag.objects.filter(kind=FlagKind.OVERDUE_INTEGRATION, patient=patient("priya"))
    assert overdue.count() == 1  # the treatment of 8 days ago; the first two had a session
