from typing import Any
from uuid import UUID

from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.http import Http404, HttpRequest

from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.safety.models import Flag, FlagStatus, Severity


def open_flags() -> QuerySet[Flag]:
    """Unresolved flags, safety first, then oldest first."""
    return (
        Flag.objects.exclude(status=FlagStatus.RESOLVED)
        .annotate(
            rank=Case(
                When(severity=Severity.SAFETY, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "created_at")
    )


def flag_for_care_team(request: HttpRequest, flag_id: UUID) -> Flag:
    """A flag of a patient on the clinician's care team; 404 otherwise (audited both ways)."""
    flag = (
        Flag.objects.select_related("patient__user", "patient__clinic")
        .filter(pk=flag_id, patient__in=access.caseload(request.user))
        .first()
    )
    if flag is None:
        record(
            action="flag.view", request=request, outcome="denied", detail={"flag_ref": str(flag_id)}
        )
        raise Http404
    record(action="flag.view", request=request, patient=flag.patient, obj=flag)
    return flag


def flag_reason_labels(flag: Any) -> list[str]:
    from afterglow.safety.reasons import REASON_LABELS

    return [REASON_LABELS.get(code, code) for code in flag.reasons]
