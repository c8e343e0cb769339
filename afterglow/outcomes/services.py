"""Submitting a questionnaire or the C-SSRS screener: saved first, then the safety checks,
each step audited."""

from datetime import timedelta
from typing import Any
from uuid import UUID

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.outcomes import cssrs
from afterglow.outcomes.instruments import INSTRUMENTS, PHQ9, SEVERE_BANDS
from afterglow.outcomes.models import Response, Screening
from afterglow.safety.models import Flag, FlagKind, FlagStatus, Severity
from afterglow.safety.notify import notify_care_team
from afterglow.safety.services import flag_raise, flag_raise_once

WORSENING_POINTS = 5
WORSENING_WINDOW = timedelta(weeks=8)


def response_submit(
    *,
    patient: Patient,
    instrument: str,
    answers: list[int],
    difficulty: int | None,
    nonce: UUID,
    request: HttpRequest | None,
) -> tuple[Response, bool]:
    """Save the response (once per form) and raise what it calls for. Returns it and whether
    this call created it; a resubmitted form returns the first response unchanged."""
    existing = Response.objects.filter(patient=patient, nonce=nonce).first()
    if existing is not None:
        return existing, False
    spec = INSTRUMENTS[instrument]
    total = spec.score(answers)
    response = Response(
        patient=patient,
        instrument=instrument,
        answers=answers,
        difficulty=difficulty,
        total=total,
        band=spec.band(total).code,
        nonce=nonce,
        created_at=timezone.now(),
    )
    response.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            response.save()
            record(
                action="outcomes.submit",
                request=request,
                patient=patient,
                obj=response,
                detail={"instrument": instrument, "total": total},
            )
            safety_checks(response, request=request)
    except IntegrityError:
        return Response.objects.get(patient=patient, nonce=nonce), False
    return response, True


def safety_checks(response: Response, *, request: HttpRequest | None) -> list[Flag]:
    flags = []
    spec = response.spec
    if response.safety_item_positive:
        flag, created = flag_raise_once(
            patient=response.patient,
            kind=FlagKind.PHQ9_ITEM9,
            severity=Severity.SAFETY,
            reasons=["phq9_item9"],
            source=response,
            request=request,
        )
        if created:
            notify_care_team(flag)
        flags.append(flag)
    if spec is PHQ9 and (reasons := worsening(response)) and not _already_open(response, reasons):
        flags.append(
            flag_raise(
                patient=response.patient,
                kind=FlagKind.WORSENING,
                severity=Severity.ATTENTION,
                reasons=reasons,
                source=response,
                request=request,
            )
        )
    return flags


def _already_open(response: Response, reasons: list[str]) -> bool:
    """A worsening flag nobody has looked at yet already says this: a second would only repeat
    it in the caseload. Once acknowledged, a further worsening is news and is raised."""
    waiting = Flag.objects.filter(
        patient=response.patient, kind=FlagKind.WORSENING, status=FlagStatus.OPEN
    ).values_list("reasons", flat=True)
    return any(set(reasons) <= set(said) for said in waiting)


def worsening(response: Response) -> list[str]:
    """Up 5 or more from the lowest of the last 8 weeks, or a move into the severe bands."""
    earlier = list(
        Response.objects.filter(
            patient=response.patient,
            instrument=response.instrument,
            created_at__lt=response.created_at,
            created_at__gte=response.created_at - WORSENING_WINDOW,
        )
        .order_by("created_at")
        .values_list("total", "band")
    )
    reasons = []
    if earlier and response.total - min(total for total, _ in earlier) >= WORSENING_POINTS:
        reasons.append("phq9_up_5")
    if earlier and response.band in SEVERE_BANDS and earlier[-1][1] not in SEVERE_BANDS:
        reasons.append("phq9_severe_band")
    return reasons


def screening_submit(
    *,
    patient: Patient,
    answers: cssrs.Answers,
    origin: str,
    nonce: UUID,
    request: HttpRequest | None,
) -> tuple[Screening, bool]:
    """Save the screener (once per form), then raise one safety flag when it comes out
    moderate or high. Returns the screening and whether this call created it."""
    existing = Screening.objects.filter(patient=patient, nonce=nonce).first()
    if existing is not None:
        return existing, False
    answers = cssrs.kept(answers)
    screening = Screening(
        patient=patient,
        answers=answers,
        level=cssrs.triage(answers),
        origin=cssrs.origin_of(origin),
        nonce=nonce,
        created_at=timezone.now(),
    )
    screening.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            screening.save()
            record(
                action="screener.submit",
                request=request,
                patient=patient,
                obj=screening,
                detail={"level": screening.level, "from": screening.origin},
            )
            _screening_flag(screening, request=request)
    except IntegrityError:
        return Screening.objects.get(patient=patient, nonce=nonce), False
    return screening, True


def _screening_flag(screening: Screening, *, request: HttpRequest | None) -> Flag | None:
    """Moderate or high: one safety flag carrying the level, and the care team told (as for
    PHQ-9 item 9: a notification, and an email with no clinical content)."""
    if not screening.flagged:
        return None
    flag, created = flag_raise_once(
        patient=screening.patient,
        kind=FlagKind.CSSRS,
        severity=Severity.SAFETY,
        reasons=[f"cssrs_{screening.level}"],
        source=screening,
        request=request,
    )
    if created:
        notify_care_team(flag)
    return flag


def settings_for(clinic: Any) -> Any:
    from afterglow.outcomes.models import OutcomeSettings

    return OutcomeSettings.objects.get_or_create(clinic=clinic)[0]


def daily_check_save(
    *,
    patient: Patient,
    day: Any,
    mood: int,
    energy: int | None = None,
    sleep: int | None = None,
    word: str = "",
    request: HttpRequest | None = None,
) -> tuple[Any, bool]:
    """Keep the day's check; a second the same day replaces the first (says so). A sustained
    drop raises one attention flag for the day's check (``daily.drop_reasons``)."""
    from afterglow.outcomes.daily import WINDOW, drop_reasons
    from afterglow.outcomes.models import DailyCheck

    with transaction.atomic():
        check = DailyCheck.objects.select_for_update().filter(patient=patient, day=day).first()
        replaced = check is not None
        check = check or DailyCheck(patient=patient, day=day, mood=mood)
        check.mood, check.energy, check.sleep, check.word = mood, energy, sleep, word or None
        check.full_clean(validate_constraints=False)
        check.save()
        record(
            action="daily_check.save",
            request=request,
            patient=patient,
            obj=check,
            detail={"replaced": int(replaced), "mood": mood},
        )
        earlier = DailyCheck.objects.filter(
            patient=patient, day__lt=day, day__gte=day - timedelta(days=WINDOW)
        ).values_list("day", "mood")
        reasons = drop_reasons(day, mood, list(earlier))
        if reasons:
            flag_raise(
                patient=patient,
                kind=FlagKind.MOOD_DROP,
                severity=Severity.ATTENTION,
                reasons=reasons,
                source=check,
                request=request,
            )
    return check, replaced
