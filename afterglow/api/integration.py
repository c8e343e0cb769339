"""The patient's roadmap: goals and their steps, the weekly review, integration sessions and
the agenda they prepare for them."""

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from afterglow.api.base import NO_NUL, Day, OneOf, Strict, Words, answers, form_data
from afterglow.api.language import LANGUAGE_HELP, LanguageOut, checked, language_of
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.clinics import access
from afterglow.integration import selectors as integration
from afterglow.integration import services
from afterglow.integration.forms import AgendaForm, GoalForm, ReviewForm, StatusForm, StepForm
from afterglow.integration.models import GoalStatus, SessionStatus
from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.safety.language import Verdict

router = Router(tags=["integration"])

Dimension = Annotated[str, OneOf(["", *(k for k, _ in DIMENSIONS)])]
Area = Annotated[str, OneOf(k for k, _ in INTEGRATION_AREAS)]
AreaOrNone = Annotated[str, OneOf(["", *(k for k, _ in INTEGRATION_AREAS)])]
GoalStatusCode = Annotated[str, OneOf(GoalStatus.values)]


class StepOut(Schema):
    id: UUID
    title: str
    due_date: date | None
    done: bool
    homework: bool = Field(description="Given in an integration session.")
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(obj: Any) -> Verdict | None:
        return language_of(obj)

    @staticmethod
    def resolve_done(step: Any) -> bool:
        return step.done_at is not None

    @staticmethod
    def resolve_homework(step: Any) -> bool:
        return step.from_session_id is not None


class GoalOut(Schema):
    id: UUID
    title: str
    why: str | None
    dimension: Dimension
    area: AreaOrNone
    target_date: date | None
    status: GoalStatusCode
    steps: list[StepOut]
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(obj: Any) -> Verdict | None:
        return language_of(obj)

    @staticmethod
    def resolve_steps(goal: Any) -> list[Any]:
        return list(goal.steps.all())


class StepIn(Strict):
    title: Words = Field(max_length=200)
    due_date: Day | None = None


class FirstStepIn(Strict):
    title: str = Field("", max_length=200, pattern=NO_NUL, description="Blank: no step.")
    due_date: Day | None = None


class GoalIn(Strict):
    title: Words = Field(max_length=200)
    why: str = Field("", max_length=2000, pattern=NO_NUL)
    dimension: Dimension = ""
    area: AreaOrNone = ""
    target_date: Day | None = None
    steps: list[FirstStepIn] = Field([], max_length=2, description="Up to two first steps.")


class StatusIn(Strict):
    status: GoalStatusCode


class ReviewIn(Strict):
    went_well: str = Field("", max_length=2000, pattern=NO_NUL)
    was_hard: str = Field("", max_length=2000, pattern=NO_NUL)


class ReviewOut(Schema):
    id: UUID
    created_at: datetime
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(obj: Any) -> Verdict | None:
        return language_of(obj)


class AgendaIn(Strict):
    topics: str = Field("", max_length=2000, pattern=NO_NUL)
    goals_note: str = Field("", max_length=2000, pattern=NO_NUL)


class IntegrationSessionOut(Schema):
    id: UUID
    status: Annotated[str, OneOf(SessionStatus.values)]
    scheduled_for: datetime | None
    treatment_id: UUID | None
    agenda_topics: str | None
    agenda_goals: str | None
    tools: list[str]
    insights: str | None = Field(description="Your therapist's insights, when they share them.")
    areas: list[Area]
    note_written_at: datetime | None
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(obj: Any) -> Verdict | None:
        return language_of(obj)

    @staticmethod
    def resolve_tools(session: Any) -> list[str]:
        return session.tool_list

    @staticmethod
    def resolve_insights(session: Any) -> str | None:
        return session.insights if session.insights_shared else None


@router.get("/goals", response=answers({200: list[GoalOut]}, 404))
@paginate(Pages)
def goals(request: HttpRequest) -> Any:
    """Your goals and their steps."""
    return integration.goals_of(access.own_patient(request))


@router.post("/goals", response=answers({201: GoalOut}, 404))
def goal_create(request: HttpRequest, data: GoalIn) -> Any:
    """Set a goal, with up to two first steps."""
    patient = access.own_patient(request)
    fields = form_data(data, exclude={"steps"})
    for n, step in enumerate(data.steps, start=1):
        fields[f"step{n}"] = step.title
        fields[f"step{n}_due"] = step.due_date
    form = GoalForm(fields)
    if not form.is_valid():
        raise form_errors(form)
    goal = services.goal_create(patient=patient, request=request, **form.goal())
    return Status(201, checked(request, form, patient=patient, source=goal))


@router.get("/goals/{goal_id}", response=answers({200: GoalOut}, 404))
def goal(request: HttpRequest, goal_id: UUID) -> Any:
    """One of your goals."""
    return integration.own_goal(request, goal_id)


@router.put("/goals/{goal_id}/status", response=answers({200: GoalOut}, 404))
def goal_status(request: HttpRequest, goal_id: UUID, data: StatusIn) -> Any:
    """Working on it, done or paused."""
    goal = integration.own_goal(request, goal_id)
    form = StatusForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    return services.goal_set_status(goal=goal, status=form.cleaned_data["status"], request=request)


@router.post("/goals/{goal_id}/steps", response=answers({201: StepOut}, 404))
def step_add(request: HttpRequest, goal_id: UUID, data: StepIn) -> Any:
    """Add a small step to a goal."""
    goal = integration.own_goal(request, goal_id)
    form = StepForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    step = services.step_add(goal=goal, request=request, **form.cleaned_data)
    return Status(201, checked(request, form, patient=goal.patient, source=step))


@router.post("/steps/{step_id}/done", response=answers({200: StepOut}, 404))
def step_done(request: HttpRequest, step_id: UUID) -> Any:
    """Tick a step (or untick it)."""
    return services.step_toggle(step=integration.own_step(request, step_id), request=request)


@router.post("/reviews", response=answers({201: ReviewOut}, 404))
def review(request: HttpRequest, data: ReviewIn) -> Any:
    """The weekly review of your goals."""
    patient = access.own_patient(request)
    form = ReviewForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    made = services.review_submit(patient=patient, request=request, **form.cleaned_data)
    return Status(201, checked(request, form, patient=patient, source=made))


@router.get("/integration-sessions", response=answers({200: list[IntegrationSessionOut]}, 404))
@paginate(Pages)
def sessions(request: HttpRequest) -> Any:
    """Your integration sessions, newest first: agenda, tools and shared insights."""
    return integration.sessions_of(access.own_patient(request))


@router.get(
    "/integration-sessions/{integration_session_id}",
    response=answers({200: IntegrationSessionOut}, 404),
)
def session(request: HttpRequest, integration_session_id: UUID) -> Any:
    """One of your integration sessions."""
    return integration.own_session(request, integration_session_id)


@router.put(
    "/integration-sessions/{integration_session_id}/agenda",
    response=answers({200: IntegrationSessionOut}, 404),
)
def agenda(request: HttpRequest, integration_session_id: UUID, data: AgendaIn) -> Any:
    """What you want to talk about, and how your goals went."""
    session = integration.own_session(request, integration_session_id)
    form = AgendaForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    saved = services.agenda_save(session=session, request=request, **form.cleaned_data)
    return checked(request, form, patient=session.patient, source=saved)
