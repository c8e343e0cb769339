"""The care team's view of a patient's own work, and its notes on it: entries they share,
journal prompts given as homework, questionnaires, the circle, goals and integration
sessions (scheduling them, and the note after each: insights, tools, homework). Each read is
audited like the page it mirrors."""

from datetime import date, datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictBool

from afterglow.api.base import (
    MAX_ID,
    NO_NUL,
    Day,
    Id,
    Moment,
    Ref,
    Strict,
    Whole,
    answers,
    form_data,
)
from afterglow.api.circle import CircleOut, Dimension
from afterglow.api.integration import Area, GoalOut
from afterglow.api.integration import IntegrationSessionOut as OwnSessionOut
from afterglow.api.journal import Emotion
from afterglow.api.outcomes import ResponseOut, TrendOut, trends_of
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.clinics import access
from afterglow.integration import selectors as integration
from afterglow.integration import services as integration_services
from afterglow.integration.forms import NoteForm, ScheduleForm
from afterglow.integration.models import IntegrationSession
from afterglow.journal import selectors as journal
from afterglow.journal import services as journal_services
from afterglow.journal.forms import AssignPromptForm
from afterglow.journal.models import Prompt
from afterglow.outcomes.models import Response
from afterglow.treatments.models import SessionStatus, TreatmentSession
from afterglow.wellbeing import selectors as wellbeing

router = Router(tags=["care team"])


class SharedEntryOut(Schema):
    id: UUID
    title: str | None
    body: str
    emotions: list[Emotion]
    written_on: date
    shared_at: datetime
    for_next_session: bool


class AssignIn(Strict):
    prompt_id: Whole = Field(ge=1, le=MAX_ID, description="GET /api/v1/journal/prompts")


class AssignedOut(Schema):
    id: int
    prompt_id: int
    assigned_at: datetime


class CareSessionOut(OwnSessionOut):
    insights: str | None = Field(description="Care team only unless shared.")
    insights_shared: bool

    @staticmethod
    def resolve_insights(session: Any) -> str | None:
        return session.insights


class OverdueOut(Schema):
    treatment_id: UUID
    due_by: datetime


class IntegrationOut(Schema):
    focus: list[Dimension]
    goals: list[GoalOut]
    sessions: list[CareSessionOut]
    overdue: list[OverdueOut] = Field(description="Treatments with no integration session yet.")


class ScheduleIn(Strict):
    scheduled_for: Moment
    treatment_id: Ref | None = Field(None, description="The completed treatment it follows.")


class NoteIn(Strict):
    insights: str = Field("", max_length=2000, pattern=NO_NUL)
    insights_shared: StrictBool = False
    tools: str = Field("", max_length=2000, pattern=NO_NUL, description="One a line.")
    areas: list[Area] = Field([], max_length=7)
    homework_prompt_id: Id | None = Field(
        None, description="A journal prompt: it becomes their prompt for today."
    )
    homework_step: str = Field("", max_length=200, pattern=NO_NUL)
    homework_due: Day | None = None


def _patient(request: HttpRequest, patient_id: UUID, action: str) -> Any:
    access.require_clinician(request)
    return access.patient_for_care_team(request, patient_id, action=action)


def _prompt(patient: Any, prompt_id: int | None) -> int | None:
    """A prompt named in the body must be an active one of the clinic: 404 otherwise."""
    if (
        prompt_id is not None
        and not Prompt.objects.filter(
            pk=prompt_id, clinic_id=patient.clinic_id, active=True
        ).exists()
    ):
        raise Problem(404, gettext("No such prompt"), gettext("See GET /api/v1/journal/prompts."))
    return prompt_id


@router.get("/patients/{patient_id}/journal", response=answers({200: list[SharedEntryOut]}, 404))
@paginate(Pages)
def shared_entries(request: HttpRequest, patient_id: UUID) -> Any:
    """The entries the patient shares with you now, latest shared first."""
    return journal.shared_entries(_patient(request, patient_id, "journal.list"))


@router.get(
    "/patients/{patient_id}/journal/{entry_id}", response=answers({200: SharedEntryOut}, 404)
)
def shared_entry(request: HttpRequest, patient_id: UUID, entry_id: UUID) -> Any:
    """One entry the patient shares with you now (each view is audited)."""
    patient = _patient(request, patient_id, "journal.open")
    return journal.shared_entry_for_care_team(request, patient, entry_id)


@router.post("/patients/{patient_id}/prompts", response=answers({201: AssignedOut}, 404))
def prompt_assign(request: HttpRequest, patient_id: UUID, data: AssignIn) -> Any:
    """Give a journal prompt as homework: it becomes their prompt for today."""
    patient = _patient(request, patient_id, "journal.assign_form")
    form = AssignPromptForm({"prompt": _prompt(patient, data.prompt_id)}, clinic=patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    made = journal_services.prompt_assign(
        patient=patient, prompt=form.cleaned_data["prompt"], by=request.user, request=request
    )
    return Status(201, made)


@router.get(
    "/patients/{patient_id}/questionnaires", response=answers({200: list[ResponseOut]}, 404)
)
@paginate(Pages)
def questionnaires(request: HttpRequest, patient_id: UUID) -> Any:
    """The patient's PHQ-9 and GAD-7 answers, newest first."""
    patient = _patient(request, patient_id, "outcomes.view")
    return Response.objects.filter(patient=patient).order_by("-created_at", "-id")


@router.get(
    "/patients/{patient_id}/questionnaires/trends", response=answers({200: list[TrendOut]}, 404)
)
def questionnaire_trends(request: HttpRequest, patient_id: UUID) -> Any:
    """Each questionnaire's baseline, latest, change, response and remission."""
    return trends_of(_patient(request, patient_id, "outcomes.view"))


@router.get("/patients/{patient_id}/circle", response=answers({200: list[CircleOut]}, 404))
@paginate(Pages)
def circle(request: HttpRequest, patient_id: UUID) -> Any:
    """The patient's Happiness Circle over time, newest first (their notes stay theirs)."""
    patient = _patient(request, patient_id, "wellbeing.view")
    return list(reversed(wellbeing.history(patient)))


@router.get("/patients/{patient_id}/integration", response=answers({200: IntegrationOut}, 404))
def integration_view(request: HttpRequest, patient_id: UUID) -> Any:
    """Focus, goals, integration sessions (with insights) and what is overdue."""
    patient = _patient(request, patient_id, "integration.view")
    return {
        "focus": wellbeing.focus_of(patient),
        "goals": integration.goals_of(patient),
        "sessions": integration.sessions_of(patient),
        "overdue": [
            {"treatment_id": o.treatment.pk, "due_by": o.due_by}
            for o in integration.overdue(patient, timezone.now())
        ],
    }


@router.post(
    "/patients/{patient_id}/integration-sessions", response=answers({201: CareSessionOut}, 404)
)
def session_schedule(request: HttpRequest, patient_id: UUID, data: ScheduleIn) -> Any:
    """Schedule an integration session (after a treatment, if you name it)."""
    patient = _patient(request, patient_id, "integration.schedule")
    if (
        data.treatment_id is not None
        and not TreatmentSession.objects.filter(
            pk=data.treatment_id, patient=patient, status=SessionStatus.COMPLETED
        ).exists()
    ):
        raise Problem(
            404,
            gettext("No such treatment"),
            gettext("Name one of the patient's completed sessions."),
        )
    fields = {"scheduled_for": data.scheduled_for, "treatment": data.treatment_id}
    with timezone.override(ZoneInfo(patient.time_zone)):
        form = ScheduleForm(form_data_of(fields), patient=patient)
        if not form.is_valid():
            raise form_errors(form)
    made = integration_services.session_schedule(
        patient=patient, by=request.user, request=request, **form.cleaned_data
    )
    return Status(201, made)


@router.put(
    "/patients/{patient_id}/integration-sessions/{integration_session_id}/note",
    response=answers({200: CareSessionOut}, 404),
)
def session_note(
    request: HttpRequest, patient_id: UUID, integration_session_id: UUID, data: NoteIn
) -> Any:
    """The note after an integration session: insights, tools and homework for the patient."""
    patient = _patient(request, patient_id, "integration.note_view")
    session = IntegrationSession.objects.filter(pk=integration_session_id, patient=patient).first()
    if session is None:
        raise Http404
    fields = form_data(data, exclude={"homework_prompt_id"})
    fields["homework_prompt"] = _prompt(patient, data.homework_prompt_id)
    form = NoteForm(form_data_of(fields), clinic=patient.clinic, session=session)
    if not form.is_valid():
        raise form_errors(form)
    return integration_services.note_write(
        session=session, by=request.user, request=request, **form.cleaned_data
    )


def form_data_of(fields: dict[str, Any]) -> dict[str, Any]:
    """A form's data: absent and false values left out, as a browser leaves them."""
    return {k: v for k, v in fields.items() if v is not None and v is not False}
