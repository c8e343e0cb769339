"""The caseload: every patient on the clinician's care team, most urgent first.

A fixed number of queries whatever the number of patients: patients (with plan and protocol),
care teams, protocol steps, open flags, completed session days, next booked sessions.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Count, F, Max, Prefetch

from afterglow.aftercare.models import CheckIn
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.journal.models import Entry
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import Response
from afterglow.safety.models import Flag, Severity
from afterglow.safety.selectors import open_flags
from afterglow.treatments.models import ProtocolStep, SessionStatus, TreatmentSession
from afterglow.treatments.schedule import Due
from afterglow.treatments.selectors import due_of
from afterglow.wellbeing.models import Assessment


@dataclass(frozen=True)
class Score:
    total: int
    band: str
    trend: str  # "up", "down", "same" or "" for a first score


@dataclass
class CaseloadRow:
    patient: Patient
    flags: list[Flag] = field(default_factory=list)
    due: Due | None = None
    last_session: datetime | None = None
    next_booked: TreatmentSession | None = None
    scores: dict[str, Score] = field(default_factory=dict)
    last_activity: datetime | None = None
    newly_shared: int = 0
    missed_check_ins: bool = False

    @property
    def overdue_booster(self) -> bool:
        return self.due is not None and self.due.overdue and self.next_booked is None

    @property
    def modality(self) -> str:
        plan = getattr(self.patient, "maintenance_plan", None)
        return plan.protocol.modality if plan else ""

    @property
    def safety_flags(self) -> int:
        return sum(1 for f in self.flags if f.severity == Severity.SAFETY)

    @property
    def urgency(self) -> tuple[int, int, int, int, str]:
        return (
            -self.safety_flags,
            -len(self.flags),
            -int(self.overdue_booster),
            -int(self.missed_check_ins),
            self.patient.user.full_name,
        )


def caseload_rows(user: Any, now: datetime) -> list[CaseloadRow]:
    patients = list(
        access.caseload(user)
        .select_related("maintenance_plan__protocol")
        .prefetch_related(
            Prefetch(
                "maintenance_plan__protocol__steps", queryset=ProtocolStep.objects.order_by("order")
            ),
            Prefetch("flags", queryset=open_flags(), to_attr="open_flags"),
        )
    )
    # The caseload as a subquery: the database matches ids, Python doesn't list 200 UUIDs.
    ids: Any = access.caseload(user).values("pk")
    completed: dict[Any, list[datetime]] = defaultdict(list)
    # Keyed by the user's integer id: thousands of rows need no UUID conversion.
    pk_of_user = {p.user_id: p.pk for p in patients}
    for user_id, starts_at in TreatmentSession.objects.filter(
        patient_id__in=ids, status=SessionStatus.COMPLETED
    ).values_list("patient__user_id", "starts_at"):
        completed[pk_of_user[user_id]].append(starts_at)
    booked: dict[Any, TreatmentSession] = {}
    for session in TreatmentSession.objects.filter(
        patient_id__in=ids, status=SessionStatus.SCHEDULED, starts_at__gte=now
    ).order_by("-starts_at"):
        booked[session.patient_id] = session  # the earliest wins: it comes last
    rows = [_row(p, completed[p.pk], booked.get(p.pk), now) for p in patients]
    scores = latest_scores(patients)
    activity = last_activity(ids)
    shared = dict(
        Entry.objects.filter(patient_id__in=ids, shared_at__gte=now - NEW_SHARE)
        .values_list("patient_id")
        .annotate(n=Count("id"))
        .values_list("patient_id", "n")
    )
    missed = set(
        TreatmentSession.objects.filter(
            patient_id__in=ids,
            status=SessionStatus.COMPLETED,
            ends_at__lte=now - MISSED_AFTER,
            ends_at__gte=now - timedelta(days=7),
        )
        .exclude(check_ins__isnull=False)
        .values_list("patient_id", flat=True)
    )
    for row in rows:
        row.scores = scores.get(row.patient.pk, {})
        row.last_activity = activity.get(row.patient.pk)
        row.newly_shared = shared.get(row.patient.pk, 0)
        row.missed_check_ins = row.patient.pk in missed
    return sorted(rows, key=lambda row: row.urgency)


NEW_SHARE = timedelta(days=7)
MISSED_AFTER = timedelta(hours=36)


def last_activity(patient_ids: Any) -> dict[Any, datetime]:
    """The latest thing each patient did: wrote, checked in, answered, took the circle."""
    latest: dict[Any, datetime] = {}
    sources = [
        # Only shared entries: when someone writes privately is theirs too.
        Entry.objects.filter(patient_id__in=patient_ids, shared_at__isnull=False).values(
            "patient_id"
        ),
        CheckIn.objects.filter(session__patient_id__in=patient_ids).values(
            patient_id=F("session__patient_id")
        ),
        Response.objects.filter(patient_id__in=patient_ids).values("patient_id"),
        Assessment.objects.filter(patient_id__in=patient_ids).values("patient_id"),
    ]
    for qs in sources:
        for patient_id, when in qs.annotate(last=Max("created_at")).values_list(
            "patient_id", "last"
        ):
            if when and (patient_id not in latest or when > latest[patient_id]):
                latest[patient_id] = when
    return latest


def latest_scores(patients: Sequence[Patient]) -> dict[Any, dict[str, Score]]:
    """Each patient's latest PHQ-9 and GAD-7, with the direction since the one before."""
    pk_of_user = {p.user_id: p.pk for p in patients}
    history: dict[tuple[Any, str], list[int]] = defaultdict(list)
    for user_id, code, total in (
        Response.objects.filter(patient__user_id__in=list(pk_of_user))
        .order_by("created_at")
        .values_list("patient__user_id", "instrument", "total")
    ):
        history[(pk_of_user[user_id], code)].append(total)
    result: dict[Any, dict[str, Score]] = defaultdict(dict)
    for (patient_id, code), totals in history.items():
        step = totals[-1] - totals[-2] if len(totals) > 1 else None
        trend = "" if step is None else "up" if step > 0 else "down" if step < 0 else "same"
        result[patient_id][code] = Score(
            totals[-1], INSTRUMENTS[code].band(totals[-1]).label, trend
        )
    return result


def _row(
    patient: Patient, days: list[datetime], booked: TreatmentSession | None, now: datetime
) -> CaseloadRow:
    row = CaseloadRow(
        patient=patient,
        flags=list(patient.open_flags),  # type: ignore[attr-defined]
        last_session=max(days) if days else None,
        next_booked=booked,
    )
    plan = getattr(patient, "maintenance_plan", None)
    if plan is not None:
        row.due = due_of(plan, days, zone=patient.time_zone, now=now)
    return row
