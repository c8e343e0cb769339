"""The patient's endpoints: thin over the same forms, services and access rules as the
pages. Input is checked twice: its shape by the schema (unknown fields refused), its rules
by the page's own Django form."""

from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import ConfigDict

from afterglow.aftercare import selectors as aftercare
from afterglow.aftercare import services as aftercare_services
from afterglow.aftercare.forms import CheckInForm
from afterglow.aftercare.models import CheckIn, CheckInKind
from afterglow.api.fhir import bundle_json
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.integration import selectors as integration
from afterglow.integration import services as integration_services
from afterglow.integration.forms import GoalForm
from afterglow.journal import selectors as journal
from afterglow.journal import services as journal_services
from afterglow.journal.forms import EntryForm, SearchForm
from afterglow.journal.models import Entry
from afterglow.outcomes import selectors as outcomes
from afterglow.outcomes import services as outcome_services
from afterglow.outcomes.forms import QuestionnaireForm
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import Response
from afterglow.reminders import selectors as reminders
from afterglow.reminders import services as reminder_services
from afterglow.reminders.models import Notification
from afterglow.safety.language import FreeTextForm, Level, Verdict
from afterglow.safety.language.services import source_tell_team, text_check_record
from afterglow.safety.models import TextCheck
from afterglow.safety.resources import resources_for
from afterglow.treatments import selectors as treatments
from afterglow.wellbeing import selectors as wellbeing
from afterglow.wellbeing import services as wellbeing_services
from afterglow.wellbeing.forms import AssessmentForm

router = Router(tags=["patient"])


class Strict(Schema):
    model_config = ConfigDict(extra="forbid")


def form_data(data: Schema, exclude: set[str] | None = None) -> dict[str, Any]:
    """A request body as a Django form's data: the fields given, none of the empty ones."""
    return {k: v for k, v in data.model_dump(exclude=exclude).items() if v is not None}


class LanguageOut(Schema):
    """What the crisis-language check found in the words just sent (codes, never the words)."""

    level: Level = Field(
        description="crisis: show the resources (GET /api/v1/crisis) and offer to tell the care "
        "team; concern: gently offer the safety questions (the C-SSRS screener); none: nothing."
    )
    codes: list[str] = Field(description="Categories found, e.g. wish_to_die, hopelessness.")


def checked(request: HttpRequest, form: FreeTextForm, *, patient: Any, source: Any) -> Any:
    """Keep what the detector found in the form's words (audited, as the page does) and hand
    it to the response, so an app shows what the page shows."""
    text_check_record(patient=patient, source=source, verdict=form.language, request=request)
    source.language = form.language
    return source


def _language(obj: Any) -> Verdict | None:
    return getattr(obj, "language", None)


class Me(Schema):
    id: int
    email: str
    full_name: str
    time_zone: str
    patient_id: UUID | None
    clinician: bool


class EntryIn(Strict):
    body: str
    title: str = ""
    emotions: list[str] = []
    own_words: str = ""
    tags: str = ""
    mood: int | None = None
    energy: int | None = None


class EntryOut(Schema):
    id: UUID
    title: str | None
    body: str
    emotions: list[str]
    tags: list[str]
    written_on: date
    created_at: datetime
    shared: bool
    crisis_words: bool = Field(
        False,
        description="The words sound like thoughts of self-harm: show crisis resources "
        "(GET /api/v1/crisis) and offer to tell the care team, as the app does.",
    )
    language: LanguageOut | None = Field(None, description="Only in the reply to a write.")

    @staticmethod
    def resolve_tags(entry: Any) -> list[str]:
        return list(entry.tag_list)

    @staticmethod
    def resolve_shared(entry: Any) -> bool:
        return entry.is_shared

    @staticmethod
    def resolve_crisis_words(entry: Any) -> bool:
        """The verdict stored when the entry was written (``safety.TextCheck``), never the
        detector run again on every read: a list attaches it for its whole page in one
        query (``EntryPages``), one entry reads its own."""
        if (verdict := _language(entry)) is not None:
            return verdict.is_crisis
        if hasattr(entry, "crisis_words"):
            return bool(entry.crisis_words)
        return crisis_checked([entry.pk]) != set()

    @staticmethod
    def resolve_language(entry: Any) -> Verdict | None:
        return _language(entry)


class ShareIn(Strict):
    shared: bool


class CheckInIn(Strict):
    session_id: UUID
    kind: str = Field(..., description="evening or morning")
    mood: int
    sleep: int | None = None
    side_effects: list[str] = []
    red_flags: list[str] = []
    note: str = ""


class CheckInOut(Schema):
    id: UUID
    session_id: UUID
    kind: str
    mood: int
    sleep: int | None
    created_at: datetime
    flagged: bool = Field(False, description="It raised a safety flag for the care team.")
    language: LanguageOut | None = Field(None, description="Only in the reply to a write.")

    @staticmethod
    def resolve_language(check: Any) -> Verdict | None:
        return _language(check)

    @staticmethod
    def resolve_flagged(check: Any) -> bool:
        return bool(check.red_flags)  # any red-flag answer raises a flag (checkin_submit)


class AnswerIn(Strict):
    answers: list[int]
    difficulty: int | None = None
    nonce: UUID


class ResponseOut(Schema):
    id: UUID
    instrument: str
    total: int
    band: str
    created_at: datetime
    safety_item_positive: bool = False  # Response.safety_item_positive


class DueOut(Schema):
    code: str
    name: str


class CircleIn(Strict):
    scores: dict[str, int]
    notes: dict[str, str] = {}


class CircleOut(Schema):
    id: UUID
    scores: dict[str, int]
    created_at: datetime
    language: LanguageOut | None = Field(None, description="Only in the reply to a write.")

    @staticmethod
    def resolve_language(taken: Any) -> Verdict | None:
        return _language(taken)


class StepOut(Schema):
    id: UUID
    title: str
    due_date: date | None
    done: bool

    @staticmethod
    def resolve_done(step: Any) -> bool:
        return step.done_at is not None


class GoalIn(Strict):
    title: str
    why: str = ""
    dimension: str = ""
    area: str = ""
    target_date: date | None = None
    steps: list[str] = Field(default=[], max_length=2)


class GoalOut(Schema):
    id: UUID
    title: str
    status: str
    language: LanguageOut | None = Field(None, description="Only in the reply to a write.")

    @staticmethod
    def resolve_language(goal: Any) -> Verdict | None:
        return _language(goal)

    steps: list[StepOut]

    @staticmethod
    def resolve_steps(goal: Any) -> list[Any]:
        return list(goal.steps.all())


class SessionOut(Schema):
    id: UUID
    modality: str
    status: str
    starts_at: datetime
    ends_at: datetime | None


class PlanOut(Schema):
    phase: str
    next_due_from: date
    next_due_by: date
    overdue: bool
    next_booked: datetime | None


class NotificationOut(Schema):
    id: UUID
    kind: str
    title: str
    link: str
    due_at: datetime
    read: bool

    @staticmethod
    def resolve_read(notification: Any) -> bool:
        return notification.read_at is not None


@router.get("/me", response=Me, summary="Who is signed in")
def me(request: HttpRequest) -> dict[str, Any]:
    roles = access.roles_of(request.user)
    user: Any = request.user
    return {
        "id": user.pk,
        "email": user.email,
        "full_name": user.full_name,
        "time_zone": user.time_zone,
        "patient_id": roles.patient.pk if roles.patient else None,
        "clinician": roles.is_clinician,
    }


def crisis_checked(entry_ids: list[Any]) -> set[str]:
    """Of these entries, those whose stored verdict (``safety.TextCheck``) is crisis."""
    return set(
        TextCheck.objects.filter(
            source_type=Entry._meta.label_lower,
            source_id__in=[str(pk) for pk in entry_ids],
            level=Level.CRISIS,
        ).values_list("source_id", flat=True)
    )


class EntryPages(Pages):
    """One page of entries with their stored crisis verdicts (one query for the page), and
    a count that stops at ``journal.COUNT_CAP`` + 1 (501 reads "more than 500"), as the
    journal page's does: counting every match of a common word would walk the journal."""

    def paginate_queryset(
        self, queryset: Any, pagination: Any, request: HttpRequest, **params: Any
    ) -> Any:
        offset, limit = pagination.offset, min(pagination.limit, self.max_limit)
        items = list(queryset[offset : offset + limit])
        crisis = crisis_checked([e.pk for e in items])
        for item in items:
            item.crisis_words = str(item.pk) in crisis
        return {"items": items, "count": journal.capped_count(queryset)}


@router.get("/journal/entries", response=list[EntryOut], summary="Your entries, newest first")
@paginate(EntryPages)
def entries(request: HttpRequest, q: str = "", emotion: str = "", tag: str = "") -> Any:
    patient = access.own_patient(request)
    form = SearchForm({"q": q, "emotion": emotion, "tag": tag})
    if not form.is_valid():
        raise form_errors(form)
    found = journal.search(patient, journal.Filters(**form.cleaned_data))
    return found.order_by("-created_at", "-id")  # the paginator slices: one page decrypted


@router.post("/journal/entries", response={201: EntryOut}, summary="Write an entry")
def entry_create(request: HttpRequest, data: EntryIn) -> Any:
    patient = access.own_patient(request)
    form = EntryForm(form_data(data), clinic=patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    entry = journal_services.entry_create(patient=patient, request=request, **form.cleaned_data)
    return Status(201, checked(request, form, patient=patient, source=entry))


@router.get("/journal/entries/{entry_id}", response=EntryOut, summary="One of your entries")
def entry(request: HttpRequest, entry_id: UUID) -> Any:
    return journal.own_entry(request, entry_id)


@router.put(
    "/journal/entries/{entry_id}/shared", response=EntryOut, summary="Share or stop sharing"
)
def entry_share(request: HttpRequest, entry_id: UUID, data: ShareIn) -> Any:
    entry = journal.own_entry(request, entry_id)
    return journal_services.entry_share(entry=entry, shared=data.shared, request=request)


@router.get("/check-ins", response=list[CheckInOut], summary="Your check-ins, newest first")
@paginate(Pages)
def check_ins(request: HttpRequest) -> Any:
    patient = access.own_patient(request)
    return CheckIn.objects.filter(patient=patient).order_by("-created_at")


@router.post("/check-ins", response={201: CheckInOut}, summary="Check in after a session")
def check_in_create(request: HttpRequest, data: CheckInIn) -> Any:
    session = aftercare.own_completed_session(request, data.session_id)
    if data.kind not in CheckInKind.values:
        raise Problem(422, "Unknown check-in", "kind is evening or morning.")
    opens, closes = aftercare.check_in_windows(session, session.patient.time_zone)[data.kind]
    now = timezone.now()
    if now < opens:
        raise Problem(409, "This check-in is not open yet", f"It opens at {opens.isoformat()}.")
    if now >= closes:
        raise Problem(409, "This check-in has closed", f"It closed at {closes.isoformat()}.")
    form = CheckInForm(form_data(data, exclude={"session_id", "kind"}), kind=data.kind)
    if not form.is_valid():
        raise form_errors(form)
    check, _ = aftercare_services.checkin_submit(
        session=session, kind=data.kind, request=request, **form.answers()
    )
    return Status(201, checked(request, form, patient=session.patient, source=check))


@router.get("/questionnaires/due", response=list[DueOut], summary="Questionnaires due now")
@paginate(Pages)
def questionnaires_due(request: HttpRequest) -> Any:
    patient = access.own_patient(request)
    return outcomes.due(patient, timezone.now())  # instruments: DueOut reads code and name


@router.get("/questionnaires/history", response=list[ResponseOut], summary="Your answers")
@paginate(Pages)
def questionnaire_history(request: HttpRequest) -> Any:
    patient = access.own_patient(request)
    return Response.objects.filter(patient=patient).order_by("-created_at")


@router.post("/questionnaires/{code}", response={201: ResponseOut}, summary="Answer PHQ-9 or GAD-7")
def questionnaire_submit(request: HttpRequest, code: str, data: AnswerIn) -> Any:
    patient = access.own_patient(request)
    if code not in INSTRUMENTS:
        raise Problem(404, "No such questionnaire", "Use phq9 or gad7.")
    spec = INSTRUMENTS[code]
    if len(data.answers) != len(spec.items):
        raise Problem(422, "Wrong number of answers", f"{spec.name} has {len(spec.items)}.")
    fields = {f"item_{n}": str(a) for n, a in enumerate(data.answers)}
    fields["nonce"] = str(data.nonce)
    if data.difficulty is not None:
        fields["difficulty"] = str(data.difficulty)
    form = QuestionnaireForm(fields, instrument=spec)
    if not form.is_valid():
        raise form_errors(form)
    response, _ = outcome_services.response_submit(
        patient=patient,
        instrument=code,
        request=request,
        **form.submission(),
    )
    return Status(201, response)


@router.get("/circle", response=list[CircleOut], summary="Your Happiness Circle over time")
@paginate(Pages)
def circle(request: HttpRequest) -> Any:
    patient = access.own_patient(request)
    return list(reversed(wellbeing.history(patient)))


@router.post("/circle", response={201: CircleOut}, summary="Take the circle")
def circle_take(request: HttpRequest, data: CircleIn) -> Any:
    patient = access.own_patient(request)
    fields = {f"score_{k}": str(v) for k, v in data.scores.items()}
    fields.update({f"note_{k}": v for k, v in data.notes.items()})
    form = AssessmentForm(fields, guides=[])
    if not form.is_valid():
        raise form_errors(form)
    taken = wellbeing_services.assessment_take(
        patient=patient, scores=form.scores(), notes=form.notes(), request=request
    )
    return Status(201, checked(request, form, patient=patient, source=taken))


@router.get("/goals", response=list[GoalOut], summary="Your goals and their steps")
@paginate(Pages)
def goals(request: HttpRequest) -> Any:
    return integration.goals_of(access.own_patient(request))


@router.post("/goals", response={201: GoalOut}, summary="Set a goal")
def goal_create(request: HttpRequest, data: GoalIn) -> Any:
    patient = access.own_patient(request)
    fields: dict[str, Any] = data.model_dump(exclude={"steps"})
    fields["target_date"] = data.target_date.isoformat() if data.target_date else ""
    for n, step in enumerate(data.steps, start=1):
        fields[f"step{n}"] = step
    form = GoalForm(fields)
    if not form.is_valid():
        raise form_errors(form)
    goal = integration_services.goal_create(patient=patient, request=request, **form.goal())
    return Status(201, checked(request, form, patient=patient, source=goal))


@router.post("/steps/{step_id}/done", response=StepOut, summary="Tick a step (or untick)")
def step_done(request: HttpRequest, step_id: UUID) -> Any:
    return integration_services.step_toggle(
        step=integration.own_step(request, step_id), request=request
    )


@router.get("/treatments", response=list[SessionOut], summary="Your treatment sessions")
@paginate(Pages)
def sessions(request: HttpRequest) -> Any:
    return treatments.sessions_of(access.own_patient(request))


@router.get("/treatments/next", response={200: PlanOut, 204: None}, summary="When the next is due")
def next_due(request: HttpRequest) -> Any:
    status = treatments.plan_status(access.own_patient(request))
    if status is None:
        return Status(204, None)
    booked = status.next_scheduled
    return {
        "phase": status.due.phase,
        "next_due_from": status.due.earliest,
        "next_due_by": status.due.latest,
        "overdue": status.due.overdue,
        "next_booked": booked.starts_at if booked else None,
    }


@router.get("/notifications", response=list[NotificationOut], summary="Your notifications")
@paginate(Pages)
def notifications(request: HttpRequest) -> Any:
    return reminders.recent(request.user, limit=200)


@router.post("/notifications/{notification_id}/read", response={204: None}, summary="Mark read")
def notification_read(request: HttpRequest, notification_id: UUID) -> Any:
    found = access.own_account_object(request, Notification.objects.all(), pk=notification_id)
    reminder_services.notification_read(found, timezone.now())
    return Status(204, None)


class CrisisOut(Schema):
    crisis_line: str
    text_keyword: str
    text_number: str
    emergency: str
    clinic_name: str
    clinic_phone: str


@router.get("/crisis", response=CrisisOut, summary="Where to get help now (your clinic's numbers)")
def crisis(request: HttpRequest) -> Any:
    return vars(resources_for(access.roles_of(request.user).clinic))


@router.post(
    "/journal/entries/{entry_id}/tell-care-team",
    response={204: None},
    summary="Tell your care team about an entry (your choice, after seeing the resources)",
)
def entry_tell_care_team(request: HttpRequest, entry_id: UUID) -> Any:
    entry = journal.own_entry(request, entry_id)
    source_tell_team(patient=entry.patient, source=entry, request=request)
    return Status(204, None)


@router.get("/me/fhir", summary="Your record as a FHIR R4 Bundle")
def my_fhir(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    record(action="patient.fhir_export", request=request, patient=patient)
    return HttpResponse(bundle_json(patient), content_type="application/fhir+json")
