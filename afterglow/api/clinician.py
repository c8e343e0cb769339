"""The care team's workspace: the caseload, a patient's page and timeline, flags, the FHIR
export. A patient or an admin calling them gets 404 (as on the pages); every read of a
patient is audited."""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from afterglow.aftercare.models import CheckIn
from afterglow.api.account import Zone
from afterglow.api.base import NO_NUL, OneOf, Strict, Words, answers, fhir_bundle
from afterglow.api.fhir import bundle_json
from afterglow.api.medicines import AdherenceOut, MedicineOut, adherence_of
from afterglow.api.outcomes import BandCode
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.api.today import CheckInOut
from afterglow.api.treatments import PlanOut, TreatmentOut, plan_out
from afterglow.audit.services import record
from afterglow.careteam.listing import FLAG_FILTERS, SORTS, Listing
from afterglow.careteam.selectors import caseload_rows, scores_of
from afterglow.careteam.timeline import KINDS, timeline
from afterglow.clinics import access
from afterglow.journal import selectors as journal
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.reminders import selectors as reminders
from afterglow.safety import services as flag_services
from afterglow.safety.forms import ResolveForm
from afterglow.safety.models import FlagKind, FlagStatus, Severity
from afterglow.safety.reasons import REASON_LABELS
from afterglow.safety.selectors import flag_for_care_team, open_flags
from afterglow.treatments import selectors as treatments
from afterglow.treatments.models import Modality

router = Router(tags=["care team"])

TimelineKind = Annotated[str, OneOf(KINDS)]


class ScoreOut(Schema):
    total: int
    band: BandCode
    trend: Annotated[str, OneOf(["", "up", "down", "same"])]


class FlagOut(Schema):
    id: UUID
    kind: Annotated[str, OneOf(FlagKind.values)]
    severity: Annotated[str, OneOf(Severity.values)]
    status: Annotated[str, OneOf(FlagStatus.values)]
    reasons: list[Annotated[str, OneOf(REASON_LABELS)]]
    created_at: datetime
    acknowledged_at: datetime | None
    resolved_at: datetime | None


class RowOut(Schema):
    patient_id: UUID
    name: str
    modality: Annotated[str, OneOf(["", *Modality.values])]
    last_session: datetime | None
    next_booked: datetime | None
    next_due_by: date | None
    overdue: bool
    phq9: ScoreOut | None
    gad7: ScoreOut | None
    flags: list[FlagOut]
    cssrs: Annotated[str, OneOf(["", "moderate", "high"])] = Field(
        "", description="high or moderate with an open C-SSRS flag (these rows come first)"
    )
    last_activity: datetime | None
    newly_shared: int
    missed_check_ins: bool


class PersonOut(Schema):
    id: int
    full_name: str


class ClinicianTreatmentOut(TreatmentOut):
    dose_mg: str | None = Field(description="In mg, as given (a decimal written out).")
    notes: str | None
    rems_record_done: bool = Field(description="Spravato: the REMS monitoring form is done.")

    @staticmethod
    def resolve_dose_mg(session: Any) -> str | None:
        return None if session.dose_mg is None else f"{Decimal(session.dose_mg):.2f}"

    @staticmethod
    def resolve_rems_record_done(session: Any) -> bool:
        return bool(getattr(session, "monitoring_done", False))


class PatientOut(Schema):
    id: UUID
    name: str
    time_zone: Zone
    care_team: list[PersonOut]
    plan: PlanOut | None
    sessions: list[ClinicianTreatmentOut] = Field(description="The latest 20, newest first.")
    flags: list[FlagOut] = Field(description="Open flags, safety first.")
    check_ins: list[CheckInOut] = Field(description="The latest 10.")
    phq9: ScoreOut | None
    gad7: ScoreOut | None
    shared_entries: int
    marked_for_session: int = Field(description="Shared entries marked to talk about.")
    medicines: list[MedicineOut]
    adherence: AdherenceOut


class TimelineItemOut(Schema):
    when: datetime
    kind: TimelineKind
    title: str
    detail: str


class ResolveIn(Strict):
    note: Words = Field(max_length=2000)


def _score(code: str, score: Any) -> dict[str, Any] | None:
    if score is None:
        return None
    return {
        "total": score.total,
        "band": INSTRUMENTS[code].band(score.total).code,
        "trend": score.trend,
    }


@router.get("/caseload", response=answers({200: list[RowOut]}, 404))
@paginate(Pages)
def caseload(
    request: HttpRequest,
    q: str = Query("", max_length=80, pattern=NO_NUL, description="Part of a name."),
    flags: Annotated[str, OneOf(FLAG_FILTERS)] = "",
    modality: Annotated[str, OneOf(["", *Modality.values])] = "",
    sort: Annotated[str, OneOf(SORTS)] = "urgency",
) -> Any:
    """Your caseload, most urgent first (or as sorted), filtered as on the page."""
    access.require_clinician(request)
    listing = Listing.from_query({"q": q, "flags": flags, "modality": modality, "sort": sort})
    rows = caseload_rows(request.user, timezone.now())
    record(action="caseload.view", request=request, detail={"patients": len(rows), "api": 1})
    return [
        {
            "patient_id": r.patient_id,
            "name": r.name,
            "modality": r.modality,
            "last_session": r.last_session,
            "next_booked": r.next_booked,
            "next_due_by": r.due.latest if r.due else None,
            "overdue": r.overdue_booster,
            "phq9": _score("phq9", r.scores.get("phq9")),
            "gad7": _score("gad7", r.scores.get("gad7")),
            "flags": r.flags,
            "cssrs": r.cssrs_level,
            "last_activity": r.last_activity,
            "newly_shared": r.newly_shared,
            "missed_check_ins": r.missed_check_ins,
        }
        for r in listing.apply(rows)
    ]


@router.get("/patients/{patient_id}", response=answers({200: PatientOut}, 404))
def patient(request: HttpRequest, patient_id: UUID) -> Any:
    """What the patient's page shows: plan, sessions, flags, check-ins, scores, medicines."""
    access.require_clinician(request)
    found = access.patient_for_care_team(request, patient_id)
    shared = journal.shared_entries(found)
    scores = scores_of(found)
    return {
        "id": found.pk,
        "name": found.user.full_name,
        "time_zone": found.time_zone,
        "care_team": found.care_team.all().order_by("full_name"),
        "plan": plan_out(treatments.plan_status(found)),
        "sessions": treatments.sessions_of(found)[:20],
        "flags": list(open_flags().filter(patient=found)),
        "check_ins": CheckIn.objects.filter(patient=found).order_by("-created_at", "-id")[:10],
        "phq9": _score("phq9", scores.get("phq9")),
        "gad7": _score("gad7", scores.get("gad7")),
        "shared_entries": shared.count(),
        "marked_for_session": shared.filter(for_next_session=True).count(),
        "medicines": reminders.medications_of(found),
        "adherence": adherence_of(found),
    }


@router.get("/patients/{patient_id}/timeline", response=answers({200: list[TimelineItemOut]}, 404))
@paginate(Pages)
def patient_timeline(
    request: HttpRequest,
    patient_id: UUID,
    show: list[TimelineKind] = Query([]),  # noqa: B008 (how ninja declares it)
) -> Any:
    """Everything you may see of a patient, newest first (only the kinds in `show`, if any)."""
    access.require_clinician(request)
    found = access.patient_for_care_team(request, patient_id)
    return [
        {"when": i.when, "kind": i.kind, "title": i.title, "detail": i.detail}
        for i in timeline(found, set(show) or set(KINDS))
    ]


@router.get(
    "/patients/{patient_id}/fhir",
    response=answers({200: None}, 404),
    openapi_extra=fhir_bundle(),
)
def patient_fhir(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    """The patient's record as a FHIR R4 Bundle."""
    access.require_clinician(request)
    found = access.patient_for_care_team(request, patient_id, action="patient.fhir_export")
    return HttpResponse(bundle_json(found), content_type="application/fhir+json")


@router.post("/flags/{flag_id}/acknowledge", response=answers({200: FlagOut}, 404))
def flag_acknowledge(request: HttpRequest, flag_id: UUID) -> Any:
    """Acknowledge a flag: it stays on the caseload until it is resolved."""
    access.require_clinician(request)
    flag = flag_for_care_team(request, flag_id)
    return flag_services.flag_acknowledge(flag=flag, by=request.user, request=request)


@router.post("/flags/{flag_id}/resolve", response=answers({200: FlagOut}, 404))
def flag_resolve(request: HttpRequest, flag_id: UUID, data: ResolveIn) -> Any:
    """Resolve a flag, with a note on how."""
    access.require_clinician(request)
    flag = flag_for_care_team(request, flag_id)
    form = ResolveForm({"note": data.note})
    if not form.is_valid():
        raise form_errors(form)
    return flag_services.flag_resolve(
        flag=flag, by=request.user, request=request, note=form.cleaned_data["note"]
    )
