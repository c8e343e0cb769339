"""Writes for aftercare: feelings, ticks, water, reflection, check-ins. Each is audited."""

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.aftercare.models import (
    AftercareState,
    CheckIn,
    ChecklistTick,
    FeelingCheck,
    SelfCareItem,
)
from afterglow.audit.services import record
from afterglow.safety.models import Flag, FlagKind, Severity
from afterglow.safety.services import flag_raise
from afterglow.treatments.models import TreatmentSession


def feeling_record(
    *, session: TreatmentSession, feelings: list[str], request: HttpRequest | None
) -> FeelingCheck:
    check = FeelingCheck(session=session, feelings=sorted(set(feelings)))
    check.full_clean()
    with transaction.atomic():
        check.save()
        record(
            action="aftercare.feeling",
            request=request,
            patient=session.patient,
            obj=check,
            detail={"count": len(check.feelings)},
        )
    return check


def item_toggle(
    *, session: TreatmentSession, item: SelfCareItem, request: HttpRequest | None
) -> bool:
    """Tick the item, or untick it if it was ticked. Returns whether it is ticked now."""
    with transaction.atomic():
        deleted, _ = ChecklistTick.objects.filter(session=session, item=item).delete()
        if not deleted:
            ChecklistTick.objects.create(session=session, item=item)
        record(
            action="aftercare.tick",
            request=request,
            patient=session.patient,
            obj=item,
            detail={"ticked": not deleted},
        )
    return not deleted


def _state(session: TreatmentSession) -> AftercareState:
    state, _ = AftercareState.objects.get_or_create(session=session)
    return state


def water_change(*, session: TreatmentSession, delta: int, request: HttpRequest | None) -> int:
    with transaction.atomic():
        state = _state(session)
        state.glasses = max(0, min(30, state.glasses + delta))
        state.save(update_fields=["glasses", "updated_at"])
        record(
            action="aftercare.water",
            request=request,
            patient=session.patient,
            detail={"glasses": state.glasses},
        )
    return state.glasses


def reflection_save(
    *, session: TreatmentSession, text: str, request: HttpRequest | None
) -> AftercareState:
    with transaction.atomic():
        state = _state(session)
        state.reflection = text.strip() or None
        state.full_clean()
        state.save()
        record(action="aftercare.reflection", request=request, patient=session.patient, obj=state)
    return state


def checkin_submit(
    *,
    session: TreatmentSession,
    kind: str,
    mood: int,
    sleep: int | None,
    side_effects: list[str],
    red_flags: list[str],
    note: str,
    request: HttpRequest | None,
) -> tuple[CheckIn, Flag | None]:
    """Save the check-in (a second one of the same kind replaces the first) and raise a
    safety flag for any red-flag answer, before anything is shown."""
    check_in = CheckIn.objects.filter(session=session, kind=kind).first() or CheckIn(
        session=session, patient_id=session.patient_id, kind=kind
    )
    check_in.mood, check_in.sleep = mood, sleep
    check_in.side_effects, check_in.red_flags = sorted(side_effects), sorted(red_flags)
    check_in.note = note.strip() or None
    check_in.created_at = timezone.now()
    check_in.full_clean(validate_constraints=False)
    flag = None
    with transaction.atomic():
        check_in.save()
        record(
            action="aftercare.check_in",
            request=request,
            patient=session.patient,
            obj=check_in,
            detail={"kind": kind, "red_flags": len(red_flags)},
        )
        if red_flags:
            flag = flag_raise(
                patient=session.patient,
                kind=FlagKind.CHECKIN_RED_FLAG,
                severity=Severity.SAFETY,
                reasons=red_flags,
                source=check_in,
                request=request,
            )
    return check_in, flag
