"""What the patient's Today shows around a session: the 24-hour plan, check-ins, preparation."""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from django.http import HttpRequest
from django.utils.translation import gettext as _

from afterglow.aftercare.models import (
    AftercareState,
    CheckIn,
    CheckInKind,
    FeelingCheck,
    FeelingSuggestion,
    Moment,
    RuleModality,
    SafetyRule,
    SelfCareItem,
)
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.treatments.models import Intention, SessionStatus, TreatmentSession

PLAN_HOURS = 24
MORNING = time(5, 0)
EVENING = time(17, 0)
CHECK_IN_LOOKBACK = timedelta(hours=72)


@dataclass(frozen=True)
class Window:
    kind: str
    opens: datetime
    closes: datetime
    done: CheckIn | None
    now: datetime
    zone: str = "UTC"

    def is_open(self, now: datetime) -> bool:
        return self.opens <= now < self.closes

    @property
    def heading(self) -> str:
        """When it is about, named from where the person stands now: the evening check-in
        still open at 3 AM is last night's, not "this evening"."""
        tz = ZoneInfo(self.zone)
        today = self.now.astimezone(tz).date()
        if self.kind == CheckInKind.EVENING:
            session_day = self.closes.astimezone(tz).date() - timedelta(days=1)
            return _("This evening") if today <= session_day else _("Last night")
        if today < self.opens.astimezone(tz).date():
            return _("Tomorrow morning")
        return _("This morning") if self.now.astimezone(tz).hour < 12 else _("Today")

    @property
    def state(self) -> str:
        if self.done is not None:
            return "done"
        if self.now < self.opens:
            return "later"
        return "open" if self.now < self.closes else "closed"


def check_in_windows(session: TreatmentSession, zone: str) -> dict[str, tuple[datetime, datetime]]:
    """Evening: from 2 h after the session (not before 5 pm) until 5 am; morning: that day."""
    tz = ZoneInfo(zone)
    end_local = session.ends_at.astimezone(tz)
    next_day = end_local.date() + timedelta(days=1)
    next_morning = datetime.combine(next_day, MORNING, tzinfo=tz)
    evening_opens = max(
        session.ends_at + timedelta(hours=2), datetime.combine(end_local.date(), EVENING, tzinfo=tz)
    )
    return {
        CheckInKind.EVENING: (min(evening_opens, next_morning), next_morning),
        CheckInKind.MORNING: (
            next_morning,
            datetime.combine(next_day + timedelta(days=1), time(0), tzinfo=tz),
        ),
    }


@dataclass
class PlanItem:
    item: SelfCareItem
    ticked: bool


@dataclass
class Aftercare:
    session: TreatmentSession
    active: bool
    rules: list[SafetyRule] = field(default_factory=list)
    items: list[PlanItem] = field(default_factory=list)
    feelings: list[str] = field(default_factory=list)
    suggestions: list[FeelingSuggestion] = field(default_factory=list)
    state: AftercareState | None = None
    windows: dict[str, Window] = field(default_factory=dict)
    intention: Intention | None = None

    @property
    def offer_care_team(self) -> bool:
        return any(s.offer_care_team for s in self.suggestions)

    @property
    def plan_ends_at(self) -> datetime:
        return self.session.ends_at + timedelta(hours=PLAN_HOURS)


def own_completed_session(request: HttpRequest, session_id: UUID) -> TreatmentSession:
    """One of the signed-in patient's completed sessions; 404 for anyone else's."""
    return access.own_object(
        request,
        TreatmentSession.objects.select_related("patient__user", "patient__clinic"),
        pk=session_id,
        status=SessionStatus.COMPLETED,
    )


def rules_for(clinic_id: int, modality: str, moment: str) -> list[SafetyRule]:
    return list(
        SafetyRule.objects.filter(
            clinic_id=clinic_id,
            moment=moment,
            active=True,
            modality__in=[modality, RuleModality.ALL],
        )
    )


def latest_session(patient: Patient, now: datetime) -> TreatmentSession | None:
    return (
        TreatmentSession.objects.filter(
            patient=patient,
            status=SessionStatus.COMPLETED,
            ends_at__lte=now,
            ends_at__gt=now - CHECK_IN_LOOKBACK,
        )
        .order_by("-ends_at")
        .first()
    )


def aftercare_for(patient: Patient, now: datetime) -> Aftercare | None:
    session = latest_session(patient, now)
    if session is None:
        return None
    active = now < session.ends_at + timedelta(hours=PLAN_HOURS)
    done = {c.kind: c for c in CheckIn.objects.filter(session=session)}
    windows = {
        kind: Window(
            kind=kind,
            opens=opens,
            closes=closes,
            done=done.get(kind),
            now=now,
            zone=patient.time_zone,
        )
        for kind, (opens, closes) in check_in_windows(session, patient.time_zone).items()
    }
    if not active and not windows[CheckInKind.MORNING].is_open(now):
        return None
    view = Aftercare(session=session, active=active, windows=windows)
    if active:
        fill_plan(view, patient)
    return view


def fill_plan(view: Aftercare, patient: Patient) -> None:
    session = view.session
    view.rules = rules_for(patient.clinic_id, session.modality, Moment.AFTER)
    latest = FeelingCheck.objects.filter(session=session).first()
    view.feelings = list(latest.feelings) if latest else []
    view.suggestions = list(
        FeelingSuggestion.objects.filter(clinic_id=patient.clinic_id, feeling__in=view.feelings)
    )
    first = [s.puts_first for s in view.suggestions if s.puts_first]
    ticked = set(session.ticks.values_list("item_id", flat=True))
    items = SelfCareItem.objects.filter(clinic_id=patient.clinic_id, active=True)
    ordered = sorted(
        items, key=lambda i: (first.index(i.kind) if i.kind in first else len(first), i.order)
    )
    view.items = [PlanItem(item=i, ticked=i.id in ticked) for i in ordered]
    view.state = AftercareState.objects.filter(session=session).first()
    view.intention = Intention.objects.filter(session=session).first()


@dataclass
class Preparation:
    session: TreatmentSession
    rules: list[SafetyRule]


def preparation_for(patient: Patient, now: datetime) -> Preparation | None:
    """A session booked for later today or tomorrow (the patient's days) and how to prepare."""
    tz = ZoneInfo(patient.time_zone)
    end_of_tomorrow = datetime.combine(
        now.astimezone(tz).date() + timedelta(days=2), time(0), tzinfo=tz
    )
    session = (
        TreatmentSession.objects.filter(
            patient=patient,
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now,
            starts_at__lt=end_of_tomorrow,
        )
        .order_by("starts_at")
        .first()
    )
    if session is None:
        return None
    return Preparation(
        session=session, rules=rules_for(patient.clinic_id, session.modality, Moment.BEFORE)
    )
