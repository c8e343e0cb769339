"""The care team's treatment records: sessions (recorded or booked), the maintenance plan and
its protocols, and the SPRAVATO REMS monitoring record of a Spravato session.

The bodies say in their shape what the forms check across fields: a session has a length
in minutes (so it ends after it starts), a REMS dose is given in mg, and monitoring under
two hours comes with its reason."""

from datetime import date, datetime, timedelta
from typing import Annotated, Any
from uuid import UUID
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictBool

from afterglow.api.base import (
    CLOCK,
    MAX_ID,
    NO_NUL,
    Day,
    Moment,
    Strict,
    Whole,
    Words,
    answers,
    form_data,
)
from afterglow.api.clinician import ClinicianTreatmentOut
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.api.treatments import ModalityCode, PhaseCode, PlanOut, StatusCode, plan_out
from afterglow.clinics import access
from afterglow.treatments import selectors as treatments
from afterglow.treatments import services
from afterglow.treatments.forms import MonitoringForm, PlanForm, SessionForm
from afterglow.treatments.models import (
    BP_DIASTOLIC,
    BP_SYSTOLIC,
    MIN_MONITORING_MINUTES,
    Modality,
    MonitoringRecord,
    Protocol,
    SpravatoDose,
    TreatmentSession,
)

router = Router(tags=["care team"])

# The dose as the form takes it: two decimals at most, from 0.01 to 500 mg.
DOSE = r"^(500(\.0{1,2})?|([1-9][0-9]?|[1-4][0-9]{2})(\.[0-9]{1,2})?|0\.(0[1-9]|[1-9][0-9]?))$"
Clock = Annotated[str, Field(pattern=CLOCK)]


class SessionIn(Strict):
    modality: ModalityCode
    status: StatusCode
    starts_at: Moment
    minutes: Whole = Field(ge=1, le=24 * 60, description="How long it lasts.")
    dose_mg: str | None = Field(None, pattern=DOSE, description="As given, like 56 or 0.5.")
    notes: str = Field("", max_length=5000, pattern=NO_NUL, description="Care team only.")


class ProtocolStepOut(Schema):
    phase: PhaseCode
    label: str
    min_days: int
    max_days: int
    until_week: int | None
    until_sessions: int | None


class ProtocolOut(Schema):
    id: int
    name: str
    modality: ModalityCode
    source: str
    steps: list[ProtocolStepOut]

    @staticmethod
    def resolve_steps(protocol: Any) -> list[Any]:
        return list(protocol.steps.all())


class PlanIn(Strict):
    protocol_id: Whole = Field(ge=1, le=MAX_ID, description="GET /api/v1/protocols")
    start_date: Day = Field(description="The day of the course's first session.")
    start_phase: PhaseCode


class PlanDetailOut(Schema):
    protocol_id: int
    start_date: date
    start_phase: PhaseCode
    due: PlanOut = Field(description="Where the plan stands: the next session's window.")


class MonitoredFully(Strict):
    minutes: Whole = Field(ge=MIN_MONITORING_MINUTES, le=24 * 60)


class MonitoredBriefly(Strict):
    minutes: Whole = Field(ge=0, lt=MIN_MONITORING_MINUTES)
    reason: Words = Field(max_length=2000, description="Why it was shorter.")


class Effect(Strict):
    seen: StrictBool
    resolved_at: Clock | None = None


class BloodPressure(Strict):
    systolic: Whole = Field(ge=BP_SYSTOLIC[0], le=BP_SYSTOLIC[1])
    diastolic: Whole = Field(ge=BP_DIASTOLIC[0], le=BP_DIASTOLIC[1])


class MonitoringIn(Strict):
    """What the SPRAVATO REMS Patient Monitoring Form asks."""

    dose_mg: Whole = Field(ge=1, le=500, description="56 or 84, or another dose.")
    lot_number: Words = Field(max_length=40)
    # The program records all three (older records, from before, may lack them).
    bp_before: BloodPressure
    bp_40_minutes: BloodPressure = Field(description="About 40 minutes after.")
    bp_discharge: BloodPressure
    sedation: Effect
    dissociation: Effect
    respiratory: Effect
    monitoring: MonitoredFully | MonitoredBriefly
    benzodiazepines: StrictBool = False
    sedative_hypnotics: StrictBool = False
    psychostimulants: StrictBool = False
    maois: StrictBool = False
    serious_adverse_events: str = Field("", max_length=5000, pattern=NO_NUL)


class MonitoringOut(Schema):
    id: UUID
    session_id: UUID
    dose_mg: int
    lot_number: str
    bp_before: BloodPressure | None
    bp_40_minutes: BloodPressure | None
    bp_discharge: BloodPressure | None
    sedation: Effect
    dissociation: Effect
    respiratory: Effect
    monitoring_minutes: int
    short_monitoring_reason: str | None
    benzodiazepines: bool
    sedative_hypnotics: bool
    psychostimulants: bool
    maois: bool
    serious_adverse_events: str | None
    completed_at: datetime | None
    completed_by: str | None


def _monitoring_out(found: MonitoringRecord) -> dict[str, Any]:
    def pressure(name: str) -> dict[str, int] | None:
        systolic, diastolic = (
            getattr(found, f"{name}_systolic"),
            getattr(found, f"{name}_diastolic"),
        )
        if systolic is None or diastolic is None:
            return None
        return {"systolic": systolic, "diastolic": diastolic}

    def effect(name: str) -> dict[str, Any]:
        resolved = getattr(found, f"{name}_resolved")
        return {"seen": getattr(found, name), "resolved_at": resolved and f"{resolved:%H:%M}"}

    dose = found.dose_other_mg if found.dose == SpravatoDose.OTHER else int(found.dose)
    return {
        **{f: getattr(found, f) for f in MonitoringOut.model_fields if hasattr(found, f)},
        "dose_mg": dose,
        "bp_before": pressure("bp_before"),
        "bp_40_minutes": pressure("bp_40"),
        "bp_discharge": pressure("bp_discharge"),
        **{name: effect(name) for name in ("sedation", "dissociation", "respiratory")},
        "completed_by": found.completed_by.full_name if found.completed_by else None,
    }


def _session_fields(data: SessionIn) -> dict[str, Any]:
    fields = form_data(data, exclude={"minutes"})
    fields["ends_at"] = data.starts_at + timedelta(minutes=data.minutes)
    return fields


def _session_form(patient: Any, data: SessionIn, instance: TreatmentSession) -> SessionForm:
    with timezone.override(ZoneInfo(patient.time_zone)):
        form = SessionForm(_session_fields(data), instance=instance)
        valid = form.is_valid()
    if not valid and form.has_error("status", "not_started"):
        raise Problem(
            409,
            gettext("This session has not started yet"),
            gettext("Book it as scheduled for now."),
        )
    if not valid:
        raise form_errors(form)
    return form


def _own_session(patient: Any, session_id: UUID, **lookup: Any) -> TreatmentSession:
    found = TreatmentSession.objects.filter(patient=patient, pk=session_id, **lookup).first()
    if found is None:
        raise Http404
    return found


@router.get("/protocols", response=answers({200: list[ProtocolOut]}, 404))
@paginate(Pages)
def protocols(request: HttpRequest) -> Any:
    """Your clinic's treatment protocols, for a patient's plan."""
    roles = access.require_clinician(request)
    return Protocol.objects.filter(clinic_id__in=roles.clinician_clinic_ids).prefetch_related(
        "steps"
    )


@router.get(
    "/patients/{patient_id}/treatments", response=answers({200: list[ClinicianTreatmentOut]}, 404)
)
@paginate(Pages)
def sessions(request: HttpRequest, patient_id: UUID) -> Any:
    """The patient's sessions, newest first, with notes and REMS status."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="treatment.list")
    return treatments.sessions_of(patient)


@router.post(
    "/patients/{patient_id}/treatments", response=answers({201: ClinicianTreatmentOut}, 404, 409)
)
def session_record(request: HttpRequest, patient_id: UUID, data: SessionIn) -> Any:
    """Record a session that took place, or book one."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="treatment.form")
    form = _session_form(patient, data, TreatmentSession(patient=patient))
    made = services.session_record(
        patient=patient, by=request.user, request=request, **form.cleaned_data
    )
    return Status(201, made)


@router.put(
    "/patients/{patient_id}/treatments/{session_id}",
    response=answers({200: ClinicianTreatmentOut}, 404, 409),
)
def session_update(
    request: HttpRequest, patient_id: UUID, session_id: UUID, data: SessionIn
) -> Any:
    """Change a session: what you send replaces it."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="treatment.form")
    session = _own_session(patient, session_id)
    form = _session_form(patient, data, session)
    return services.session_update(
        session=session, by=request.user, request=request, **form.cleaned_data
    )


@router.get("/patients/{patient_id}/plan", response=answers({200: PlanDetailOut, 204: None}, 404))
def plan(request: HttpRequest, patient_id: UUID) -> Any:
    """The patient's maintenance plan and where it stands (204 without one)."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="plan.view")
    return _plan(patient)


def _plan(patient: Any) -> Any:
    status = treatments.plan_status(patient)
    if status is None:
        return Status(204, None)
    found = status.plan
    return {
        "protocol_id": found.protocol_id,
        "start_date": found.start_date,
        "start_phase": found.start_phase,
        "due": plan_out(status),
    }


@router.put("/patients/{patient_id}/plan", response=answers({200: PlanDetailOut}, 404))
def plan_set(request: HttpRequest, patient_id: UUID, data: PlanIn) -> Any:
    """Set the patient's plan: a protocol of your clinic, from the course's first day."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="plan.form")
    if not Protocol.objects.filter(pk=data.protocol_id, clinic_id=patient.clinic_id).exists():
        raise Problem(404, gettext("No such protocol"), gettext("See GET /api/v1/protocols."))
    fields = {**form_data(data, exclude={"protocol_id"}), "protocol": data.protocol_id}
    form = PlanForm(fields, instance=treatments.plan_of(patient), clinic=patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    services.plan_set(patient=patient, by=request.user, request=request, **form.cleaned_data)
    return _plan(patient)


def _spravato(request: HttpRequest, patient_id: UUID, session_id: UUID, action: str) -> Any:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action=action)
    return _own_session(patient, session_id, modality=Modality.SPRAVATO)


@router.get(
    "/patients/{patient_id}/treatments/{session_id}/rems",
    response=answers({200: MonitoringOut}, 404),
)
def monitoring(request: HttpRequest, patient_id: UUID, session_id: UUID) -> Any:
    """The REMS monitoring record of a Spravato session (404 until it is filled)."""
    session = _spravato(request, patient_id, session_id, "treatment.monitoring_view")
    found = MonitoringRecord.objects.filter(session=session).select_related("completed_by").first()
    if found is None:
        raise Http404
    return _monitoring_out(found)


@router.put(
    "/patients/{patient_id}/treatments/{session_id}/rems",
    response=answers({200: MonitoringOut}, 404),
)
def monitoring_save(
    request: HttpRequest, patient_id: UUID, session_id: UUID, data: MonitoringIn
) -> Any:
    """Fill or correct the REMS monitoring record of a Spravato session."""
    session = _spravato(request, patient_id, session_id, "treatment.monitoring_form")
    instance = MonitoringRecord.objects.filter(session=session).first()
    form = MonitoringForm(_monitoring_fields(data), instance=instance)
    if not form.is_valid():
        raise form_errors(form)
    fields = {name: form.cleaned_data[name] for name in form.fields}
    saved = services.monitoring_save(session=session, by=request.user, request=request, **fields)
    return _monitoring_out(saved)


def _monitoring_fields(data: MonitoringIn) -> dict[str, Any]:
    """The body as the REMS form's fields."""
    standard = {56: SpravatoDose.MG_56, 84: SpravatoDose.MG_84}
    fields: dict[str, Any] = {
        "dose": standard.get(data.dose_mg, SpravatoDose.OTHER),
        "dose_other_mg": None if data.dose_mg in standard else data.dose_mg,
        "lot_number": data.lot_number,
        "monitoring_minutes": data.monitoring.minutes,
        "short_monitoring_reason": getattr(data.monitoring, "reason", ""),
        "serious_adverse_events": data.serious_adverse_events,
    }
    for name, given in (
        ("bp_before", data.bp_before),
        ("bp_40", data.bp_40_minutes),
        ("bp_discharge", data.bp_discharge),
    ):
        if given is not None:
            fields[f"{name}_systolic"], fields[f"{name}_diastolic"] = (
                given.systolic,
                given.diastolic,
            )
    for name in ("sedation", "dissociation", "respiratory"):
        effect: Effect = getattr(data, name)
        fields[name], fields[f"{name}_resolved"] = effect.seen, effect.resolved_at
    for drug in ("benzodiazepines", "sedative_hypnotics", "psychostimulants", "maois"):
        fields[drug] = getattr(data, drug)
    return {k: v for k, v in fields.items() if v is not None and v is not False}
