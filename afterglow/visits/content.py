"""What a summary for the next visit says, read from the patient's records for its period.

One query per part, whatever the amount of data, and none for a part that is left out: the
care team's page never reads what the patient did not put in. Items the patient may leave
out one by one (a check-in, a step, a shared entry's title) carry a ``key`` ("entry:<id>");
the care team's page drops those keys before anything is drawn.

Journal entries appear by title only, only while shared, and only if they were shared when
the patient shared the summary (``until``): an entry shared later was never offered to them.
"""

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q

from afterglow.aftercare.models import CheckIn, CheckInKind, SideEffect
from afterglow.clinics.models import Patient
from afterglow.integration.models import GoalStatus, Step
from afterglow.journal.models import Entry
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import DailyCheck, Response
from afterglow.safety.reasons import REASON_LABELS
from afterglow.treatments.models import Modality, SessionStatus, TreatmentSession
from afterglow.visits import sections as part
from afterglow.visits.trend import DailyTrend, daily_trend

HIGH, LOW = 5, 2  # check-in moods worth a mention (of 5)


@dataclass(frozen=True)
class SessionLine:
    when: datetime
    modality: str


@dataclass(frozen=True)
class ScoreLine:
    name: str
    latest: int
    band: str
    latest_at: datetime
    max_total: int
    count: int  # answers in the period
    reference: int | None  # the last answer before the period, else the first in it
    reference_before: bool  # True: from before the period

    @property
    def change(self) -> int | None:
        return None if self.reference is None else self.latest - self.reference

    @property
    def change_size(self) -> int:
        return abs(self.change or 0)


@dataclass(frozen=True)
class CheckInLine:
    key: str
    kind: str
    when: datetime
    mood: int
    sleep: int | None
    side_effects: list[str]
    red_flags: list[str]
    note: str


@dataclass(frozen=True)
class StepLine:
    key: str
    title: str
    done_at: datetime


@dataclass
class GoalLine:
    title: str
    done: bool
    steps: list[StepLine] = field(default_factory=list)


@dataclass(frozen=True)
class EntryLine:
    key: str
    entry_id: object
    title: str
    written_on: object


@dataclass
class Content:
    since: datetime
    until: datetime
    included: set[str]
    sessions: list[SessionLine] = field(default_factory=list)
    scores: list[ScoreLine] = field(default_factory=list)
    check_in_count: int = 0
    check_in_average: float | None = None
    check_ins: list[CheckInLine] = field(default_factory=list)
    daily: DailyTrend | None = None
    goals: list[GoalLine] = field(default_factory=list)
    entries: list[EntryLine] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    @property
    def item_keys(self) -> list[str]:
        """Everything the patient may leave out one by one."""
        steps = [s.key for g in self.goals for s in g.steps]
        return [c.key for c in self.check_ins] + steps + [e.key for e in self.entries]

    @property
    def has_records(self) -> bool:
        """Anything at all from the patient's records in the period (questions aside)."""
        return bool(
            self.sessions
            or self.scores
            or self.check_in_count
            or self.daily
            or self.goals
            or self.entries
        )


def build(
    patient: Patient,
    *,
    since: datetime,
    until: datetime,
    included: Collection[str],
    dropped: Collection[str] = (),
    questions: list[str] | None = None,
) -> Content:
    """The parts in ``included``, without the items in ``dropped``."""
    content = Content(since=since, until=until, included=set(included))
    gone = set(dropped)
    if part.SESSIONS in content.included:
        content.sessions = _sessions(patient, since, until)
    if part.SCORES in content.included:
        content.scores = _scores(patient, since, until)
    if part.CHECK_INS in content.included:
        _check_ins(content, patient, gone)
    if part.DAILY in content.included:
        moods = DailyCheck.objects.filter(
            patient=patient, created_at__gte=since, created_at__lte=until
        ).order_by("day")
        content.daily = daily_trend(list(moods.values_list("mood", "energy", "sleep")))
    if part.GOALS in content.included:
        content.goals = _goals(patient, since, until, gone)
    if part.ENTRIES in content.included:
        content.entries = _entries(patient, since, until, gone)
    if part.QUESTIONS in content.included:
        content.questions = questions or []
    return content


def _sessions(patient: Patient, since: datetime, until: datetime) -> list[SessionLine]:
    modality = dict(Modality.choices)
    rows = TreatmentSession.objects.filter(
        patient=patient,
        status=SessionStatus.COMPLETED,
        starts_at__gte=since,
        starts_at__lte=until,
    ).order_by("starts_at")
    return [
        SessionLine(when, str(modality.get(code, code)))
        for when, code in rows.values_list("starts_at", "modality")
    ]


def _scores(patient: Patient, since: datetime, until: datetime) -> list[ScoreLine]:
    """Each questionnaire answered in the period: its latest score, and the change from the
    last answer before the period (the last visit's), else from the first in it. One query."""
    before = Q()
    for code in INSTRUMENTS:
        last = Response.objects.filter(patient=patient, instrument=code, created_at__lt=since)
        before |= Q(pk__in=last.order_by("-created_at").values("pk")[:1])
    rows = list(
        Response.objects.filter(patient=patient, created_at__lte=until)
        .filter(Q(created_at__gte=since) | before)
        .order_by("created_at")
        .values_list("instrument", "total", "created_at")
    )
    lines = []
    for code, spec in INSTRUMENTS.items():
        mine = [(total, when) for kind, total, when in rows if kind == code]
        within = [(total, when) for total, when in mine if when >= since]
        if not within:
            continue
        earlier = [total for total, when in mine if when < since]
        reference = earlier[-1] if earlier else (within[0][0] if len(within) > 1 else None)
        latest, latest_at = within[-1]
        lines.append(
            ScoreLine(
                name=spec.name,
                latest=latest,
                band=spec.band(latest).label,
                latest_at=latest_at,
                max_total=spec.max_total,
                count=len(within),
                reference=reference,
                reference_before=bool(earlier),
            )
        )
    return lines


def _check_ins(content: Content, patient: Patient, gone: set[str]) -> None:
    """How many, their average mood, and the ones worth a word: a red flag, a side effect, a
    note, or a mood at either end of the scale."""
    rows = CheckIn.objects.filter(
        patient=patient, created_at__gte=content.since, created_at__lte=content.until
    ).order_by("created_at")
    kinds, effects = dict(CheckInKind.choices), dict(SideEffect.choices)
    moods = []
    for check_in in rows.only(
        "id", "kind", "created_at", "mood", "sleep", "side_effects", "red_flags", "note"
    ):
        moods.append(check_in.mood)
        key = f"check_in:{check_in.pk}"
        notable = check_in.red_flags or check_in.side_effects or check_in.note
        if key in gone or not (notable or check_in.mood <= LOW or check_in.mood >= HIGH):
            continue
        content.check_ins.append(
            CheckInLine(
                key=key,
                kind=str(kinds.get(check_in.kind, check_in.kind)),
                when=check_in.created_at,
                mood=check_in.mood,
                sleep=check_in.sleep,
                side_effects=[str(effects.get(code, code)) for code in check_in.side_effects],
                red_flags=[REASON_LABELS.get(code, code) for code in check_in.red_flags],
                note=check_in.note or "",
            )
        )
    content.check_in_count = len(moods)
    content.check_in_average = round(sum(moods) / len(moods), 1) if moods else None


def _goals(patient: Patient, since: datetime, until: datetime, gone: set[str]) -> list[GoalLine]:
    """Steps done in the period, under their goals (one query)."""
    steps = (
        Step.objects.filter(goal__patient=patient, done_at__gte=since, done_at__lte=until)
        .select_related("goal")
        .order_by("goal__created_at", "goal_id", "done_at")
    )
    goals: dict[object, GoalLine] = {}
    for step in steps:
        key = f"step:{step.pk}"
        if key in gone:
            continue
        goal = goals.setdefault(
            step.goal_id, GoalLine(step.goal.title, step.goal.status == GoalStatus.DONE)
        )
        assert step.done_at is not None  # filtered above
        goal.steps.append(StepLine(key, step.title, step.done_at))
    return list(goals.values())


def _entries(patient: Patient, since: datetime, until: datetime, gone: set[str]) -> list[EntryLine]:
    """Titles of entries written in the period and shared (then and still now); never a body."""
    rows = (
        Entry.objects.filter(
            patient=patient,
            created_at__gte=since,
            created_at__lte=until,
            shared_at__isnull=False,
            shared_at__lte=until,
        )
        .order_by("created_at")
        .only("id", "title", "written_on", "patient_id")
    )
    lines = []
    for entry in rows:
        key = f"entry:{entry.pk}"
        if key not in gone:
            lines.append(EntryLine(key, entry.pk, entry.title or "", entry.written_on))
    return lines
