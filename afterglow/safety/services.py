"""Writes for flags: raise (once per source), acknowledge, resolve with a note. All audited."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.audit.services import record
from afterglow.safety.models import Flag, FlagStatus


def flag_raise(
    *,
    patient: Any,
    kind: str,
    severity: str,
    reasons: list[str],
    source: Any,
    request: HttpRequest | None = None,
) -> Flag:
    """Raise a flag for ``source``; raising it again for the same source returns the first."""
    return flag_raise_once(
        patient=patient,
        kind=kind,
        severity=severity,
        reasons=reasons,
        source=source,
        request=request,
    )[0]


def flag_raise_once(
    *,
    patient: Any,
    kind: str,
    severity: str,
    reasons: list[str],
    source: Any,
    request: HttpRequest | None = None,
) -> tuple[Flag, bool]:
    """Like ``flag_raise``, and says whether this call created the flag."""
    source_type, source_id = source._meta.label_lower, str(source.pk)
    existing = Flag.objects.filter(kind=kind, source_type=source_type, source_id=source_id)
    if (flag := existing.first()) is not None:
        return flag, False
    flag = Flag(
        patient=patient,
        kind=kind,
        severity=severity,
        reasons=sorted(reasons),
        source_type=source_type,
        source_id=source_id,
    )
    flag.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            flag.save()
            record(
                action="flag.raise",
                request=request,
                patient=patient,
                obj=flag,
                detail={"kind": kind, "severity": severity},
            )
    except IntegrityError:
        return existing.get(), False
    return flag, True


def flag_acknowledge(*, flag: Flag, by: Any, request: HttpRequest | None) -> Flag:
    if flag.status == FlagStatus.OPEN:
        flag.status = FlagStatus.ACKNOWLEDGED
        flag.acknowledged_by = by
        flag.acknowledged_at = timezone.now()
        with transaction.atomic():
            flag.save(update_fields=["status", "acknowledged_by", "acknowledged_at"])
            record(
                action="flag.acknowledge", actor=by, request=request, patient=flag.patient, obj=flag
            )
    return flag


def flag_resolve(*, flag: Flag, by: Any, request: HttpRequest | None, note: str) -> Flag:
    if not note.strip():
        raise ValidationError(
            {
                "note": ValidationError(
                    _("Write a short note on how this was resolved."), code="note_missing"
                )
            }
        )
    if flag.acknowledged_at is None:
        flag.acknowledged_by, flag.acknowledged_at = by, timezone.now()
    flag.status = FlagStatus.RESOLVED
    flag.resolved_by = by
    flag.resolved_at = timezone.now()
    flag.resolution_note = note.strip()
    with transaction.atomic():
        flag.save()
        record(action="flag.resolve", actor=by, request=request, patient=flag.patient, obj=flag)
    return flag
