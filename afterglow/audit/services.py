"""``record()``: the one way to append to the audit log."""

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.http import HttpRequest

from afterglow.audit.models import GENESIS, AuditEvent, ChainHead, Outcome

if TYPE_CHECKING:
    from afterglow.clinics.models import Clinic, Patient

DETAIL_VALUE_TYPES = (int, float, bool, type(None))


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    from axes.helpers import get_client_ip_address

    ip: str | None = get_client_ip_address(request)
    return ip


def _checked_detail(detail: dict[str, Any] | None) -> dict[str, Any]:
    """Only identifiers and codes: short strings, numbers, booleans. Never free text."""
    clean: dict[str, Any] = {}
    for key, value in (detail or {}).items():
        if (
            isinstance(value, str)
            and len(value) <= 64
            and "\n" not in value
            or isinstance(value, DETAIL_VALUE_TYPES)
        ):
            clean[key] = value
        else:
            raise ValueError(f"audit detail {key!r} must be a short code or number")
    return clean


def record(
    *,
    action: str,
    actor: Any = None,
    request: HttpRequest | None = None,
    patient: "Patient | None" = None,
    clinic: "Clinic | None" = None,
    obj: Any = None,
    outcome: str = Outcome.SUCCESS,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    if clinic is None and patient is not None:
        clinic = patient.clinic
    if clinic is None and actor is not None and getattr(actor, "pk", None):
        from afterglow.clinics.access import roles_of  # clinics depends on audit

        clinic = roles_of(actor).clinic
    event = AuditEvent(
        actor=actor if actor is not None and actor.pk else None,
        clinic=clinic,
        action=action,
        patient=patient,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        outcome=outcome,
        ip=client_ip(request),
        detail=_checked_detail(detail),
    )
    with transaction.atomic():
        head, _ = ChainHead.objects.select_for_update().get_or_create(id=1)
        event.prev_hash = head.last_hash
        event.hash = event.compute_hash()
        event.save()
        ChainHead.objects.filter(id=1).update(last_hash=event.hash)
    return event


def verify_chain() -> tuple[bool, str]:
    """Walk the chain in order; say where it first breaks."""
    expected_prev = GENESIS
    count = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        if event.prev_hash != expected_prev:
            return False, f"event {event.id}: the previous event is missing or was changed"
        if event.compute_hash() != event.hash:
            return False, f"event {event.id}: its content was changed"
        expected_prev = event.hash
        count += 1
    head = ChainHead.objects.filter(id=1).first()
    if head is not None and head.last_hash != expected_prev:
        return False, "the newest events were deleted"
    return True, f"{count} events, chain intact"
