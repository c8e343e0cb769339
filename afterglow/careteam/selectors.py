"""The caseload: every patient on the clinician's care team, most urgent first.

Three queries whatever the number of patients: the patients, each joined to its stored
summary (sessions, scores, last activity: ``careteam.summary`` keeps it true on every write)
with what depends on the clock asked in correlated subqueries on indexed columns (the next
booking, new shares, missed check-ins, the messages this clinician has not read); the
steps of their protocols; their open flags.
A fourth runs only when a patient has sessions from before their current plan's first day.
Rows are plain values, not model instances: at 200 patients that is most of the time saved.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID

from django.db.models import (
    Exists,
    OuterRef,
    QuerySet,
)
from django.db.models.functions import Coalesce

from afterglow.careteam import summary
from afterglow.careteam.models import CaseloadSummary
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.conversations.selectors import unread_count
from afterglow.journal.models import Entry
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.safety.models import Flag, FlagKind, Severity
from afterglow.safety.selectors import open_flags
from afterglow.treatments.models import (
    MaintenancePlan,
    Modality,
    ProtocolStep,
    SessionStatus,
    TreatmentSession,
)
from afterglow.treatments.schedule import Due, Step, due_after, local_day, steps_from

NEW_SHARE = timedelta(days=7)
MISSED_AFTER = timedelta(hours=36)
MODALITY_LABELS = dict(Modality.choices)
# An open C-SSRS flag puts its patient above every other: high first, then moderate.
CSSRS_RANK = {"cssrs_high": 2, "cssrs_moderate": 1}


@dataclass(frozen=True)
class Score:
    total: int
    band: str
    trend: str  # "up", "down", "same" or "" for a first score


@dataclass
class CaseloadRow:
    patient_id: UUID
    name: str
    modality: str = ""  # the plan's; "" without a plan
    flags: list[Flag] = field(default_factory=list)
    due: Due | None = None
    last_session: datetime | None = None
    next_booked: datetime | None = None
    scores: dict[str, Score] = field(default_factory=dict)
    last_activity: datetime | None = None
    newly_shared: int = 0
    missed_check_ins: bool = False
    unread_messages: int = 0  # the patient's messages this clinician has not read

    @property
    def modality_label(self) -> str:
        return str(MODALITY_LABELS.get(self.modality, ""))

    @property
    def overdue_booster(self) -> bool:
        return self.due is not None and self.due.overdue and self.next_booked is None

    @property
    def safety_flags(self) -> int:
        return sum(1 for f in self.flags if f.severity == Severity.SAFETY)

    @property
    def cssrs_rank(self) -> int:
        """2 with an open high C-SSRS flag, 1 with a moderate one, else 0 (from the flags
        already loaded: no query)."""
        return max(
            (
                CSSRS_RANK.get(code, 0)
                for f in self.flags
                if f.kind == FlagKind.CSSRS
                for code in f.reasons
            ),
            default=0,
        )

    @property
    def cssrs_level(self) -> str:
        return {2: "high", 1: "moderate"}.get(self.cssrs_rank, "")

    @property
    def urgency(self) -> tuple[int, int, int, int, int, int, str]:
        return (
            -self.cssrs_rank,
            -self.safety_flags,
            -len(self.flags),
            -int(self.unread_messages > 0),
            -int(self.overdue_booster),
            -int(self.missed_check_ins),
            self.name,
        )


def annotated_caseload(user: Any, now: datetime) -> QuerySet[Any]:
    """Each patient's row: the stored summary (see ``summary``) joined in, and what depends
    on the clock asked now, one indexed subquery each."""
    completed = TreatmentSession.objects.filter(status=SessionStatus.COMPLETED)
    stored = [f"caseload_summary__{name}" for name in summary.FIELDS]
    # The care team as a subquery, so the database needs no DISTINCT over the results.
    return (
        Patient.objects.filter(pk__in=access.caseload(user).values("pk"))
        .annotate(
            booked=summary.first(
                TreatmentSession.objects.filter(
                    status=SessionStatus.SCHEDULED, starts_at__gte=now
                ).order_by("starts_at"),
                "starts_at",
            ),
            shared=Coalesce(summary.count(Entry.objects.filter(shared_at__gte=now - NEW_SHARE)), 0),
            unread=unread_count(user),
            missed=Exists(
                completed.filter(
                    patient=OuterRef("pk"),
                    ends_at__lte=now - MISSED_AFTER,
                    ends_at__gte=now - timedelta(days=7),
                    check_ins__isnull=True,
                )
            ),
        )
        .order_by()
        .values_list(
            "pk",
            "user__full_name",
            "user__time_zone",
            "maintenance_plan__start_date",
            "maintenance_plan__start_phase",
            "maintenance_plan__protocol_id",
            "maintenance_plan__protocol__modality",
            "booked",
            "shared",
            "missed",
            "unread",
            *stored,
        )
    )


def caseload_rows(user: Any, now: datetime) -> list[CaseloadRow]:
    ids: Any = access.caseload(user).values("pk")
    steps: dict[int, list[Step]] = defaultdict(list)
    in_use = MaintenancePlan.objects.filter(patient__in=ids).values("protocol_id")
    for protocol_id, phase, label, least, most, week, sessions in ProtocolStep.objects.filter(
        protocol_id__in=in_use
    ).values_list(
        "protocol_id", "phase", "label", "min_days", "max_days", "until_week", "until_sessions"
    ):
        steps[protocol_id].append(Step(phase, label, least, most, week, sessions))
    flags: dict[UUID, list[Flag]] = defaultdict(list)
    for flag in open_flags().filter(patient_id__in=ids):
        flags[flag.patient_id].append(flag)
    rows, mixed = [], []
    for values in annotated_caseload(user, now):
        pk, name, zone, start, phase, protocol_id, modality, booked, shared, missed = values[:10]
        unread, done, first, last, *totals, activity = values[10:]
        row = CaseloadRow(
            patient_id=pk,
            name=name,
            modality=modality or "",
            flags=flags.get(pk, []),
            last_session=last,
            next_booked=booked,
            scores=_scores(*totals),
            last_activity=activity,
            newly_shared=shared,
            missed_check_ins=missed,
            unread_messages=unread,
        )
        rows.append(row)
        if start is None:
            continue
        plan_steps = steps_from(steps[protocol_id], phase)
        if first is not None and local_day(first, zone) < start:
            mixed.append((row, plan_steps, start, zone))  # counted below, one query for all
            continue
        row.due = _due(plan_steps, start, done or 0, last, zone, now)
    if mixed:
        _due_for_changed_plans(mixed, now)
    return sorted(rows, key=lambda row: row.urgency)


def _due(
    steps: list[Step], start: date, done: int, last: datetime | None, zone: str, now: datetime
) -> Due:
    return due_after(
        steps,
        start=start,
        done=done,
        last=local_day(last, zone) if last else None,
        today=local_day(now, zone),
    )


def _due_for_changed_plans(mixed: list[Any], now: datetime) -> None:
    """Only sessions on or after the plan's first day count towards it."""
    starts: dict[UUID, list[datetime]] = defaultdict(list)
    for patient_id, starts_at in TreatmentSession.objects.filter(
        patient_id__in=[row.patient_id for row, *_ in mixed], status=SessionStatus.COMPLETED
    ).values_list("patient_id", "starts_at"):
        starts[patient_id].append(starts_at)
    for row, steps, start, zone in mixed:
        counted = [m for m in starts[row.patient_id] if local_day(m, zone) >= start]
        row.due = _due(steps, start, len(counted), max(counted, default=None), zone, now)


def _scores(*totals: int | None) -> dict[str, Score]:
    result = {}
    for code, (latest, before) in zip(("phq9", "gad7"), (totals[:2], totals[2:]), strict=True):
        if latest is not None:
            result[code] = _score(code, latest, before)
    return result


def _score(code: str, total: int, before: int | None) -> Score:
    step = None if before is None else total - before
    trend = "" if step is None else "up" if step > 0 else "down" if step < 0 else "same"
    return Score(total, INSTRUMENTS[code].band(total).label, trend)


def scores_of(patient: Patient) -> dict[str, Score]:
    """The patient's latest PHQ-9 and GAD-7 with the direction since the one before, from
    their caseload summary: the patient's page shows what the caseload shows."""
    stored = CaseloadSummary.objects.filter(patient=patient).values_list(
        "phq9", "phq9_before", "gad7", "gad7_before"
    )
    return _scores(*next(iter(stored), (None,) * 4))
