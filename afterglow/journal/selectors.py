"""Reads of the journal. A patient reads their own; the care team only what is shared now."""

import calendar
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.journal.index import tokens_any_key, words
from afterglow.journal.models import Draft, Entry, EntryToken, Prompt, PromptAssignment
from afterglow.journal.vocab import emotion_label
from afterglow.lib.text import fold
from afterglow.treatments.models import Intention, SessionStatus, TreatmentSession
from afterglow.treatments.schedule import local_day

PAGE_SIZE = 20
COUNT_CAP = 500
RECENT_PROMPT_DAYS = 30


def own_entry(request: HttpRequest, entry_id: UUID) -> Entry:
    return access.own_object(request, Entry.objects.all(), pk=entry_id)


@dataclass(frozen=True)
class Filters:
    q: str = ""
    emotion: str = ""
    tag: str = ""
    date_from: date | None = None
    date_to: date | None = None
    shared: str = ""


def search(patient: Patient, filters: Filters) -> QuerySet[Entry]:
    """Entries matching every word, the emotion, the tag, the dates and the shared state."""
    qs = Entry.objects.filter(patient=patient)
    pid = str(patient.pk)
    wanted = [("w", w) for w in sorted(words(filters.q))]
    if filters.emotion:
        wanted.append(("e", fold(filters.emotion)))
    if filters.tag:
        wanted.append(("t", fold(filters.tag.strip())))
    for kind, value in wanted:
        matching = EntryToken.objects.filter(token__in=tokens_any_key(pid, kind, value))
        # A rare word is looked up first (the token index alone, at most COUNT_CAP + 1 rows)
        # and its entries fetched by key: walking the journal newest first to find a handful
        # of matches would read every entry. A common word is left to that walk, which
        # finds a page of matches within a few entries.
        few = list(matching.values_list("entry_id", flat=True)[: COUNT_CAP + 1])
        if len(few) <= COUNT_CAP:
            qs = qs.filter(pk__in=few)
        else:
            qs = qs.filter(pk__in=matching.values("entry_id"))
    if filters.date_from:
        qs = qs.filter(written_on__gte=filters.date_from)
    if filters.date_to:
        qs = qs.filter(written_on__lte=filters.date_to)
    if filters.shared == "shared":
        qs = qs.filter(shared_at__isnull=False)
    elif filters.shared == "private":
        qs = qs.filter(shared_at__isnull=True)
    return qs


@dataclass
class Page:
    entries: list[Entry]
    number: int
    total: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def total_is_capped(self) -> bool:
        return self.total > COUNT_CAP


def page_of(qs: QuerySet[Entry], number: int) -> Page:
    """Two queries whatever the journal's size: one page (and a peek past it), and a count
    that stops at 500, so a common word in a long journal costs no more than a rare one."""
    number = max(1, number)
    start = (number - 1) * PAGE_SIZE
    rows = list(qs[start : start + PAGE_SIZE + 1])
    return Page(
        entries=rows[:PAGE_SIZE],
        number=number,
        total=capped_count(qs),
        has_next=len(rows) > PAGE_SIZE,
    )


def capped_count(qs: QuerySet[Entry]) -> int:
    """How many entries match, counting no further than ``COUNT_CAP`` + 1 (shown as "more
    than 500"): an exact count of a common word would walk the whole journal. The count
    reads only the index (no ordering, no columns): ``SELECT COUNT(*) FROM (SELECT 1 ...
    LIMIT 501)``."""
    return qs.order_by().values("pk")[: COUNT_CAP + 1].count()


def draft_for(patient: Patient, slot: str) -> Draft | None:
    return Draft.objects.filter(patient=patient, slot=slot).first()


def phase_of(patient: Patient, now: datetime) -> str:
    last = (
        TreatmentSession.objects.filter(
            patient=patient, status=SessionStatus.COMPLETED, ends_at__lte=now
        )
        .order_by("-ends_at")
        .values_list("ends_at", flat=True)
        .first()
    )
    if last is None:
        return "integration"
    since = now - last
    if since < timedelta(days=1):
        return "session_day"
    if since <= timedelta(days=7):
        return "first_week"
    return "integration" if since <= timedelta(days=28) else "maintenance"


@dataclass(frozen=True)
class TodayPrompt:
    prompt: Prompt
    assigned: PromptAssignment | None = None


# What the patient is working on, as ("dimension", key) and ("area", key) pairs: the Circle's
# focus (wellbeing) and active goals (integration) register here in their AppConfig.ready(),
# so the journal reads them without importing the apps that import it.
FocusSource = Callable[[Patient], set[tuple[str, str]]]
FOCUS_SOURCES: list[FocusSource] = []


def focus_of(patient: Patient) -> set[tuple[str, str]]:
    return set().union(*(source(patient) for source in FOCUS_SOURCES))


def _steered(candidates: list[Prompt], focus: set[tuple[str, str]]) -> list[Prompt]:
    """The candidates about a dimension or an integration area the patient focuses on; all of
    them when none is (a focus never leaves the patient without a prompt)."""
    fitting = [
        p
        for p in candidates
        if ("dimension", p.dimension) in focus or ("area", p.integration_area) in focus
    ]
    return fitting or candidates


def prompt_for_today(patient: Patient, now: datetime) -> TodayPrompt | None:
    """Homework first; else a prompt that fits the patient's phase, not answered lately,
    about what they focus on (their Circle focus, their active goals) when one is."""
    assignment = (
        PromptAssignment.objects.select_related("prompt", "assigned_by")
        .filter(patient=patient, answered_by__isnull=True)
        .order_by("assigned_at")
        .first()
    )
    if assignment is not None:
        return TodayPrompt(prompt=assignment.prompt, assigned=assignment)
    recent = Entry.objects.filter(
        patient=patient,
        prompt__isnull=False,
        created_at__gte=now - timedelta(days=RECENT_PROMPT_DAYS),
    ).values_list("prompt_id", flat=True)
    phase = phase_of(patient, now)
    candidates = [
        p
        for p in Prompt.objects.filter(clinic_id=patient.clinic_id, active=True)
        .exclude(pk__in=recent)
        .order_by("key")
        if phase in p.fits
    ]
    if not candidates:
        return None
    candidates = _steered(candidates, focus_of(patient))
    day = local_day(now, patient.time_zone)
    seed = hashlib.sha256(f"{patient.pk}{day}".encode()).digest()
    return TodayPrompt(prompt=candidates[seed[0] % len(candidates)])


def shared_entries(patient: Patient) -> QuerySet[Entry]:
    return Entry.objects.filter(patient=patient, shared_at__isnull=False).order_by("-shared_at")


def shared_entry_for_care_team(request: HttpRequest, patient: Patient, entry_id: UUID) -> Entry:
    """An entry of a patient on the care team, only while it is shared; each view audited."""
    entry = shared_entries(patient).filter(pk=entry_id).first()
    if entry is None:
        record(
            action="journal.view",
            request=request,
            patient=patient,
            outcome="denied",
            detail={"entry_ref": str(entry_id)},
        )
        raise Http404
    record(action="journal.view", request=request, patient=patient, obj=entry)
    return entry


@dataclass
class Day:
    day: date
    count: int = 0
    emotions: tuple[str, ...] = ()

    @property
    def emotion_labels(self) -> list[str]:
        """The emotions named that day, in the reader's language."""
        return [emotion_label(code) for code in self.emotions]


def month_of(patient: Patient, year: int, month: int) -> list[list[Day | None]]:
    """Weeks of the month (Monday first); each day with its entries and named emotions."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    found: dict[date, tuple[int, set[str]]] = {}
    for written_on, emotions in Entry.objects.filter(
        patient=patient, written_on__range=(first, last)
    ).values_list("written_on", "emotions"):
        count, named = found.get(written_on, (0, set()))
        found[written_on] = (count + 1, named | set(emotions))
    weeks: list[list[Day | None]] = []
    for week in calendar.Calendar().monthdatescalendar(year, month):
        weeks.append(
            [
                Day(d, found.get(d, (0, set()))[0], tuple(sorted(found.get(d, (0, set()))[1])))
                if d.month == month
                else None
                for d in week
            ]
        )
    return weeks


def all_entries(patient: Patient) -> list[Entry]:
    return list(
        Entry.objects.filter(patient=patient).select_related("prompt").order_by("created_at")
    )


def intention_to_revisit(patient: Patient, now: datetime) -> Intention | None:
    """The intention of the patient's latest session of the past week, until they have written
    about that session: the first prompt after it shows what they set out to explore."""
    intention = (
        Intention.objects.filter(
            session__patient=patient,
            session__status=SessionStatus.COMPLETED,
            session__ends_at__lte=now,
            session__ends_at__gte=now - timedelta(days=7),
        )
        .select_related("session")
        .order_by("-session__ends_at")
        .first()
    )
    if intention is None or Entry.objects.filter(session=intention.session).exists():
        return None
    return intention
