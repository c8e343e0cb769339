"""``record()``: the one way to append to the audit log; ``verify_chain()`` walks it."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.http import HttpRequest

from afterglow.audit import keys
from afterglow.audit.models import GENESIS, AuditEvent, ChainHead, Outcome

if TYPE_CHECKING:
    from afterglow.clinics.models import Clinic, Patient

DETAIL_VALUE_TYPES = (int, float, bool, type(None))

# Which clinic an actor acts for, when a caller names none. ``clinics`` sets it in its
# AppConfig.ready(): ``audit`` imports nothing above ``lib``.
clinic_of_actor: Callable[[Any], "Clinic | None"] = lambda actor: None  # noqa: E731


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
        clinic = clinic_of_actor(actor)
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
        event.key_id = keys.current_key_id()
        event.hash = event.compute_hash()
        event.save()
        head.last_hash = event.hash
        head.count += 1
        head.seal()
        head.save(update_fields=["last_hash", "count", "key_id", "mac"])
    return event


def _event_problem(event: AuditEvent, expected_prev: str, head: ChainHead) -> str:
    """What is wrong with one event where it stands in the chain, or ''."""
    if event.prev_hash != expected_prev:
        return f"event {event.id}: the previous event is missing or was changed"
    legacy = event.id <= head.legacy_last_id
    if legacy != (event.key_id == ""):
        return f"event {event.id}: it is not signed as events of its time are"
    try:
        if event.compute_hash() != event.hash:
            return f"event {event.id}: its content was changed"
    except keys.UnknownKey:
        return f"event {event.id}: its audit key {event.key_id!r} is not configured"
    if event.id == head.legacy_last_id and event.hash != head.legacy_last_hash:
        return f"event {event.id}: the events from before the keyed chain were changed"
    return ""


def verify_chain() -> tuple[bool, str]:
    """Walk the chain in order; say where it first breaks (and whether its head was changed)."""
    head = ChainHead.objects.filter(id=1).first()
    if head is None:
        if AuditEvent.objects.exists():
            return False, "the chain's head is missing"
        return True, "0 events, chain intact"
    problems = [] if head.is_sealed() else ["the chain's head was changed (its MAC does not match)"]
    found, count, legacy = _walk(head)
    if found:
        return False, "; ".join([found, *problems])
    if problems:
        return False, problems[0]
    if legacy != head.legacy_count:
        return False, "events from before the keyed chain are missing"
    if head.count != count:
        return False, "the newest events were deleted"
    return True, f"{count} events, chain intact"


def _walk(head: ChainHead) -> tuple[str, int, int]:
    """The first problem in the events ('' if none), how many there are, how many legacy."""
    expected_prev = GENESIS
    count = legacy = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        problem = _event_problem(event, expected_prev, head)
        if problem:
            return problem, count, legacy
        expected_prev = event.hash
        count += 1
        legacy += event.key_id == ""
    if head.last_hash != expected_prev:
        return "the newest events were deleted", count, legacy
    return "", count, legacy
