"""What is due, for one patient, and when: the one place every reminder comes from.

Each item names what it is about in ``key`` (a session's evening check-in, a day's
medicines); the sender turns each key into at most one notification. Items that are
simply "due now" (a questionnaire, the circle) come at the person's daily time, so they
arrive in the morning rather than at whatever minute a rule tipped over.

Titles are written in the active language: the sender builds them inside
``language.speaking(patient.user)``.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils.translation import gettext as _

from afterglow.aftercare.models import CheckIn, CheckInKind
from afterglow.aftercare.selectors import check_in_windows
from afterglow.clinics.models import Patient
from afterglow.integration import selectors as integration
from afterglow.integration.models import IntegrationSession, Step
from afterglow.integration.models import SessionStatus as IntegrationStatus
from afterglow.journal.models import PromptAssignment
from afterglow.outcomes.selectors import daily_check_due
from afterglow.outcomes.selectors import due as questionnaires_due
from afterglow.reminders.delivery import Item
from afterglow.reminders.models import Kind, Medication, MedicationCheck, Preference
from afterglow.reminders.quiet import at_local
from afterglow.treatments.models import SessionStatus, TreatmentSession
from afterglow.treatments.selectors import plan_status
from afterglow.wellbeing.models import Assessment
from afterglow.wellbeing.selectors import reassessment_due

DAY_BEFORE_AT = time(17, 0)
MOMENT_LASTS = timedelta(hours=2)  # "it's 8:00, your medicines" is stale by 10:00
LOOK_BACK = timedelta(days=3)


def due_items(patient: Patient, pref: Preference, now: datetime) -> list[Item]:
    zone = patient.time_zone
    daily = at_local(now, zone, pref.daily_at)
    items: list[Item] = []
    items += _sessions(patient, zone, now, daily)
    items += _check_ins(patient, zone, now)
    items += _questionnaires(patient, now, daily)
    items += _daily_check(patient, zone, now, daily)
    items += _integration(patient, zone, now, daily)
    items += _circle(patient, now, daily)
    items += _steps(patient, zone, now, pref)
    items += _homework(patient, now)
    items += _medications(patient, zone, now, pref)
    return items


def _sessions(patient: Patient, zone: str, now: datetime, daily: datetime) -> list[Item]:
    items = []
    status = plan_status(patient, now)
    if status is not None and status.next_scheduled is None and not status.due.first:
        due = status.due
        if due.overdue:
            items.append(
                Item(
                    Kind.SESSION,
                    f"session-overdue:{due.latest}",
                    daily,
                    _("Your next session is due: time to book it"),
                    reverse("today"),
                )
            )
        elif due.earliest <= due.today:
            items.append(
                Item(
                    Kind.SESSION,
                    f"session-due:{due.earliest}",
                    daily,
                    _("Your next session is coming up: a good time to book it"),
                    reverse("today"),
                )
            )
    tz = ZoneInfo(zone)
    for session in TreatmentSession.objects.filter(
        patient=patient,
        status=SessionStatus.SCHEDULED,
        starts_at__gt=now,
        starts_at__lt=now + timedelta(days=2),
    ):
        day, remind_at = _day_before(session.starts_at, tz)
        items.append(
            Item(
                Kind.PREPARATION,
                f"prep:{session.pk}:{day}",
                remind_at,
                _("Your session is tomorrow: a few things to get ready"),
                reverse("today"),
                session.starts_at,
            )
        )
    return items


def _day_before(moment: datetime, tz: ZoneInfo) -> tuple[date, datetime]:
    """The local day of an appointment, and when to remind of it: 5 pm the day before, or
    12 hours ahead when it was booked later than that."""
    day = moment.astimezone(tz).date()
    before = datetime.combine(day - timedelta(days=1), DAY_BEFORE_AT, tzinfo=tz)
    return day, min(before, moment - timedelta(hours=12))


def _check_ins(patient: Patient, zone: str, now: datetime) -> list[Item]:
    items = []
    sessions = TreatmentSession.objects.filter(
        patient=patient, status=SessionStatus.COMPLETED, ends_at__gt=now - LOOK_BACK
    )
    done = set(CheckIn.objects.filter(session__in=sessions).values_list("session_id", "kind"))
    for session in sessions:
        for kind, (opens, closes) in check_in_windows(session, zone).items():
            if now < closes and (session.pk, kind) not in done:
                items.append(
                    Item(
                        Kind.CHECK_IN,
                        f"check-in:{session.pk}:{kind}",
                        opens,
                        _check_in_title(kind),
                        reverse("today"),
                        closes,
                    )
                )
    return items


def _check_in_title(kind: str) -> str:
    if kind == CheckInKind.EVENING:
        return _("Your evening check-in is ready when you are")
    return _("Your morning check-in is ready when you are")


def _questionnaires(patient: Patient, now: datetime, daily: datetime) -> list[Item]:
    due = questionnaires_due(patient, now)
    if not due:
        return []
    last = patient.outcome_responses.order_by("-created_at").values_list("pk", flat=True)
    cycle = last.first() or "first"
    return [
        Item(
            Kind.QUESTIONNAIRE,
            f"questionnaire:{cycle}",
            daily,
            _("A short check-up is ready for you"),
            reverse("outcomes:home"),
        )
    ]


def _daily_check(patient: Patient, zone: str, now: datetime, daily: datetime) -> list[Item]:
    """On the days the clinic's rule asks for one, at the person's daily time, until the
    day ends (a check sent tomorrow would be for the wrong day). Nothing once it is done."""
    tz = ZoneInfo(zone)
    today = now.astimezone(tz).date()
    if not daily_check_due(patient, today):
        return []
    return [
        Item(
            Kind.DAILY_CHECK,
            f"daily-check:{today}",
            daily,
            _("How are you today? A few seconds for your daily check"),
            reverse("outcomes:daily"),
            datetime.combine(today + timedelta(days=1), time(0), tzinfo=tz),
        )
    ]


def _integration(patient: Patient, zone: str, now: datetime, daily: datetime) -> list[Item]:
    items = []
    tz = ZoneInfo(zone)
    for session in IntegrationSession.objects.filter(
        patient=patient,
        status=IntegrationStatus.SCHEDULED,
        scheduled_for__gt=now,
        scheduled_for__lt=now + timedelta(days=2),
    ):
        assert session.scheduled_for is not None
        day, remind_at = _day_before(session.scheduled_for, tz)
        items.append(
            Item(
                Kind.INTEGRATION,
                f"integration:{session.pk}:{day}",
                remind_at,
                _("Your integration session is tomorrow: you can note what to bring"),
                reverse("integration:roadmap"),
                session.scheduled_for,
            )
        )
    for late in integration.overdue(patient, now):
        items.append(
            Item(
                Kind.INTEGRATION,
                f"integration-due:{late.treatment.pk}",
                daily,
                _("It's a good time for an integration session: ask your clinic to book one"),
                reverse("integration:roadmap"),
            )
        )
    return items


def _circle(patient: Patient, now: datetime, daily: datetime) -> list[Item]:
    if not reassessment_due(patient, now):
        return []
    last = Assessment.objects.filter(patient=patient).values_list("pk", flat=True).last()
    return [
        Item(
            Kind.CIRCLE,
            f"circle:{last or 'first'}",
            daily,
            _("Your Happiness Circle is ready to take again"),
            reverse("wellbeing:circle"),
        )
    ]


def _steps(patient: Patient, zone: str, now: datetime, pref: Preference) -> list[Item]:
    today = now.astimezone(ZoneInfo(zone)).date()
    steps = Step.objects.filter(
        goal__patient=patient,
        due_date__lte=today,
        due_date__gte=today - timedelta(days=1),
        done_at__isnull=True,
    ).values_list("pk", "due_date", "goal_id")
    return [
        Item(
            Kind.STEPS,
            f"step:{pk}:{day}",
            datetime.combine(day, pref.daily_at, tzinfo=ZoneInfo(zone)),
            _("A step you planned is for today"),
            reverse("integration:goal", args=[goal_id]),
        )
        for pk, day, goal_id in steps
        if day is not None
    ]


def _homework(patient: Patient, now: datetime) -> list[Item]:
    items = [
        Item(
            Kind.HOMEWORK,
            f"homework-prompt:{pk}",
            assigned_at,
            _("Your therapist left you something to write about"),
            reverse("journal:new"),
        )
        for pk, assigned_at in PromptAssignment.objects.filter(
            patient=patient, answered_by__isnull=True, assigned_at__gt=now - LOOK_BACK
        ).values_list("pk", "assigned_at")
    ]
    items += [
        Item(
            Kind.HOMEWORK,
            f"homework-step:{pk}",
            created_at,
            _("Your therapist added a step for you to try"),
            reverse("integration:goal", args=[goal_id]),
        )
        for pk, created_at, goal_id in Step.objects.filter(
            goal__patient=patient,
            from_session__isnull=False,
            done_at__isnull=True,
            created_at__gt=now - LOOK_BACK,
        ).values_list("pk", "created_at", "goal_id")
    ]
    return items


def _medications(patient: Patient, zone: str, now: datetime, pref: Preference) -> list[Item]:
    listed = list(
        Medication.objects.filter(patient=patient, active=True).values_list("times", flat=True)
    )
    if not listed:
        return []
    times = {clock for clocks in listed for clock in clocks}
    tz = ZoneInfo(zone)
    today = now.astimezone(tz).date()
    at = {clock: datetime.combine(today, time.fromisoformat(clock), tzinfo=tz) for clock in times}
    items = [
        Item(
            Kind.MEDICATIONS,
            f"medicines-at:{today}:{clock}",
            at[clock],
            _("It's %(time)s: time for the medicines you take now") % {"time": clock},
            reverse("reminders:medications"),
            at[clock] + MOMENT_LASTS,
        )
        for clock in sorted(times)
    ]
    if not MedicationCheck.objects.filter(patient=patient, day=today).exists():
        items.append(
            Item(
                Kind.MEDICATIONS,
                f"medicines-check:{today}",
                datetime.combine(today, pref.daily_at, tzinfo=tz),
                _("Did today's medicines go as prescribed? One tap to note it"),
                reverse("reminders:medications"),
            )
        )
    return items
