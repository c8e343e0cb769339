"""Writes for treatments: sessions and maintenance plans. Each leaves an audit row."""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.treatments.models import (
    Intention,
    MaintenancePlan,
    MonitoringRecord,
    Protocol,
    TreatmentSession,
)


def session_record(
    *,
    patient: Patient,
    by: Any,
    request: HttpRequest | None,
    modality: str,
    status: str,
    starts_at: datetime,
    ends_at: datetime,
    dose_mg: Decimal | None = None,
    notes: str = "",
) -> TreatmentSession:
    session = TreatmentSession(
        patient=patient,
        clinician=by,
        modality=modality,
        status=status,
        starts_at=starts_at,
        ends_at=ends_at,
        dose_mg=dose_mg,
        notes=notes or None,
    )
    session.full_clean()
    with transaction.atomic():
        session.save()
        record(
            action="treatment.record",
            actor=by,
            request=request,
            patient=patient,
            obj=session,
            detail={"status": status, "modality": modality},
        )
    return session


def session_update(
    *, session: TreatmentSession, by: Any, request: HttpRequest | None, **changes: Any
) -> TreatmentSession:
    for name, value in changes.items():
        if name == "notes":
            value = value or None  # an emptied note is no note
        setattr(session, name, value)
    session.full_clean()
    with transaction.atomic():
        session.save()
        record(
            action="treatment.update",
            actor=by,
            request=request,
            patient=session.patient,
            obj=session,
            detail={"status": session.status},
        )
    return session


def plan_set(
    *,
    patient: Patient,
    by: Any,
    request: HttpRequest | None,
    protocol: Protocol,
    start_date: date,
    start_phase: str,
) -> MaintenancePlan:
    if protocol.clinic_id != patient.clinic_id:
        raise ValueError("A plan uses a protocol of the patient's own clinic")
    plan = MaintenancePlan.objects.filter(patient=patient).first() or MaintenancePlan(
        patient=patient
    )
    plan.protocol = protocol
    plan.start_date = start_date
    plan.start_phase = start_phase
    plan.updated_by = by
    plan.full_clean()
    with transaction.atomic():
        plan.save()
        record(
            action="plan.set",
            actor=by,
            request=request,
            patient=patient,
            obj=plan,
            detail={"protocol": protocol.key, "start_phase": start_phase},
        )
    return plan


def monitoring_save(
    *, session: TreatmentSession, by: Any, request: HttpRequest | None, **fields: Any
) -> MonitoringRecord:
    record_ = MonitoringRecord.objects.filter(session=session).first() or MonitoringRecord(
        session=session
    )
    for name, value in fields.items():
        setattr(record_, name, value)
    record_.completed_by = by
    record_.completed_at = timezone.now()
    record_.full_clean()
    with transaction.atomic():
        record_.save()
        record(
            action="treatment.monitoring",
            actor=by,
            request=request,
            patient=session.patient,
            obj=record_,
        )
    return record_


class IntentionClosed(Exception):
    """The session has started (or is no longer booked): its intention is kept as it was."""


def intention_set(
    *, session: TreatmentSession, text: str, shared: bool, request: HttpRequest | None
) -> Intention:
    """Write or rewrite the intention of a session that has not started yet."""
    intention = Intention.objects.filter(session=session).first() or Intention(session=session)
    intention.session = session
    if not intention.is_editable:
        raise IntentionClosed
    created = intention._state.adding
    intention.text = text.strip()
    if shared and intention.shared_at is None:
        intention.shared_at = timezone.now()
    elif not shared:
        intention.shared_at = None
    intention.full_clean()
    with transaction.atomic():
        intention.save()
        record(
            action="intention.create" if created else "intention.update",
            request=request,
            patient=session.patient,
            obj=intention,
            detail={"shared": int(shared)},
        )
    return intention


def intention_share(
    *, intention: Intention, shared: bool, request: HttpRequest | None
) -> Intention:
    """Share or unshare at any time, before or after the session, like a journal entry."""
    intention.shared_at = timezone.now() if shared else None
    with transaction.atomic():
        intention.save(update_fields=["shared_at"])
        record(
            action="intention.share" if shared else "intention.unshare",
            request=request,
            patient=intention.session.patient,
            obj=intention,
        )
    return intention
