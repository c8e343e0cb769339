"""Reads of outcomes: what is due, the history and its clinical markers, the chart."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Exists, Max, Min, OuterRef, Q, Subquery

from afterglow.clinics.models import Patient
from afterglow.outcomes.daily import is_due_day
from afterglow.outcomes.instruments import INSTRUMENTS, REMISSION_BELOW, Instrument
from afterglow.outcomes.models import (
    DailyCheck,
    DailyRule,
    DueRule,
    OutcomeSettings,
    Response,
    Screening,
)
from afterglow.treatments.models import SessionStatus, TreatmentSession
from afterglow.treatments.schedule import local_day

BEFORE_SESSION_WINDOW = timedelta(days=2)
RULE_DAYS: dict[str, int] = {DueRule.EVERY_7: 7, DueRule.EVERY_14: 14}


def rule_of(patient: Patient) -> str:
    rule = (
        OutcomeSettings.objects.filter(clinic_id=patient.clinic_id)
        .values_list("rule", flat=True)
        .first()
    )
    return rule or DueRule.EVERY_14


def due(patient: Patient, now: datetime) -> list[Instrument]:
    """Baseline first; then by the clinic's rule. Recording a treatment restarts the clock."""
    last = dict.fromkeys(INSTRUMENTS)
    # The latest answer of each questionnaire, one row each (not every answer ever given).
    for code, created_at in (
        Response.objects.filter(patient=patient)
        .order_by()
        .values("instrument")
        .annotate(last=Max("created_at"))
        .values_list("instrument", "last")
    ):
        if code in last:
            last[code] = created_at
    # The last treatment and the next booked one, in one query.
    around = TreatmentSession.objects.filter(patient=patient).aggregate(
        treated=Max("ends_at", filter=Q(status=SessionStatus.COMPLETED, ends_at__lte=now)),
        upcoming=Min("starts_at", filter=Q(status=SessionStatus.SCHEDULED, starts_at__gt=now)),
    )
    treated, upcoming = around["treated"], around["upcoming"]
    rule = rule_of(patient)
    return [
        INSTRUMENTS[code]
        for code, answered in last.items()
        if is_due(answered, treated=treated, upcoming=upcoming, rule=rule, now=now)
    ]


def is_due(
    answered: datetime | None,
    *,
    treated: datetime | None,
    upcoming: datetime | None,
    rule: str,
    now: datetime,
) -> bool:
    if answered is None:
        return True  # the baseline
    if rule == DueRule.BEFORE_EACH:
        return (
            upcoming is not None
            and upcoming - now <= BEFORE_SESSION_WINDOW
            and answered < upcoming - BEFORE_SESSION_WINDOW
        )
    anchor = max(answered, treated) if treated else answered
    return now >= anchor + timedelta(days=RULE_DAYS[rule])


@dataclass
class Summary:
    instrument: Instrument
    responses: list[Response]

    @property
    def latest(self) -> Response | None:
        return self.responses[-1] if self.responses else None

    @property
    def baseline(self) -> Response | None:
        return self.responses[0] if self.responses else None

    @property
    def change(self) -> int | None:
        if len(self.responses) < 2:
            return None
        return self.responses[-1].total - self.responses[0].total

    @property
    def response_reached(self) -> bool:
        """A drop of 50 % or more from the baseline."""
        if len(self.responses) < 2 or not self.baseline or self.baseline.total == 0:
            return False
        return self.latest.total <= self.baseline.total / 2  # type: ignore[union-attr]

    @property
    def remission(self) -> bool:
        return (
            self.latest is not None
            and len(self.responses) > 1
            and self.latest.total < REMISSION_BELOW
        )

    @property
    def trend(self) -> str:
        if len(self.responses) < 2:
            return ""
        step = self.responses[-1].total - self.responses[-2].total
        return "up" if step > 0 else "down" if step < 0 else "same"


def summaries(patient: Patient) -> list[Summary]:
    responses = list(Response.objects.filter(patient=patient))
    return [
        Summary(spec, [r for r in responses if r.instrument == code])
        for code, spec in INSTRUMENTS.items()
    ]


def session_days(patient: Patient) -> list[datetime]:
    return list(
        TreatmentSession.objects.filter(
            patient=patient, status=SessionStatus.COMPLETED
        ).values_list("starts_at", flat=True)
    )


def latest_screening(patient: Patient) -> Screening | None:
    """The patient's most recent C-SSRS screener (one query)."""
    return Screening.objects.filter(patient=patient).order_by("-created_at", "-id").first()


def daily_check_due(patient: Patient, today: date) -> bool:
    """The daily check is due ``today`` (the patient's local day) by the clinic's rule, and
    not yet done. One query, whatever the patient's history: Today and the reminders ask it."""
    found = (
        Patient.objects.filter(pk=patient.pk)
        .annotate(
            rule=Subquery(
                OutcomeSettings.objects.filter(clinic_id=OuterRef("clinic_id")).values(
                    "daily_check"
                )[:1]
            ),
            first=Subquery(
                TreatmentSession.objects.filter(
                    patient=OuterRef("pk"), status=SessionStatus.COMPLETED
                )
                .order_by("starts_at")
                .values("starts_at")[:1]
            ),
            done=Exists(DailyCheck.objects.filter(patient=OuterRef("pk"), day=today)),
        )
        .values_list("rule", "first", "done")
        .first()
    )
    if found is None:
        return False
    rule, first, done = found
    first_day = local_day(first, patient.time_zone) if first is not None else None
    return not done and is_due_day(rule or DailyRule.INDUCTION, today, first_day)
