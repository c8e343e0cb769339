"""The patient's Today and the first 24 hours after a session: the plan (safety rules,
feelings, checklist, water, reflection), preparation for the next session, and the evening
and next-morning check-ins."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Path, Router, Schema, Status
from ninja.pagination import paginate

from afterglow.aftercare import selectors as aftercare
from afterglow.aftercare import services
from afterglow.aftercare.forms import NOTE_MAX, CheckInForm, FeelingForm, ReflectionForm, WaterForm
from afterglow.aftercare.models import (
    CheckIn,
    CheckInKind,
    Feeling,
    ItemKind,
    SelfCareItem,
    SideEffect,
    Source,
)
from afterglow.api.base import MAX_ID, NO_NUL, OneOf, Ref, Strict, answers, form_data
from afterglow.api.integration import GoalOut
from afterglow.api.language import LANGUAGE_HELP, LanguageOut, checked, language_of
from afterglow.api.outcomes import InstrumentCode
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.api.treatments import ModalityCode, PlanOut, plan_out
from afterglow.clinics import access
from afterglow.integration import selectors as integration
from afterglow.journal import selectors as journal
from afterglow.outcomes import selectors as outcomes
from afterglow.reminders import selectors as reminders
from afterglow.safety.language import Verdict, assess
from afterglow.safety.language.services import source_tell_team
from afterglow.safety.reasons import RED_FLAGS
from afterglow.treatments import selectors as treatments
from afterglow.wellbeing import selectors as wellbeing

router = Router(tags=["today"])

FeelingCode = Annotated[str, OneOf(Feeling.values)]
Kind = Annotated[str, OneOf(CheckInKind.values)]
Score = Annotated[int, OneOf(range(1, 6))]
ItemId = Annotated[int, Path(ge=1, le=MAX_ID)]
SideEffectCode = Annotated[str, OneOf(SideEffect.values)]
RedFlag = Annotated[str, OneOf(RED_FLAGS)]


class RuleOut(Schema):
    title: str
    body: str
    source: Annotated[str, OneOf(Source.values)]
    source_detail: str


class ChecklistItemOut(Schema):
    id: int
    kind: Annotated[str, OneOf(ItemKind.values)]
    title: str
    body: str
    ticked: bool


class SuggestionOut(Schema):
    feeling: FeelingCode
    title: str
    body: str
    offer_care_team: bool


class WindowOut(Schema):
    kind: Kind
    opens: datetime
    closes: datetime
    state: Annotated[str, OneOf(["done", "later", "open", "closed"])]


class PlanOfSessionOut(Schema):
    session_id: UUID
    active: bool = Field(description="Within 24 hours of the session's end.")
    plan_ends_at: datetime
    rules: list[RuleOut]
    feelings: list[FeelingCode] = Field(description="Your latest answer to how you feel.")
    suggestions: list[SuggestionOut]
    items: list[ChecklistItemOut]
    glasses: int
    reflection: str | None
    check_ins: list[WindowOut]


class PreparationOut(Schema):
    session_id: UUID
    starts_at: datetime
    modality: ModalityCode
    rules: list[RuleOut]


class TodayPromptOut(Schema):
    id: int
    text: str
    from_care_team: bool


class TodayOut(Schema):
    aftercare: PlanOfSessionOut | None
    preparation: PreparationOut | None
    plan: PlanOut | None
    prompt: TodayPromptOut | None
    questionnaires_due: list[InstrumentCode]
    circle_due: bool
    tools: list[str] = Field(description="From your latest integration session.")
    goals: list[GoalOut] = Field(description="Your active goals.")
    review_due: bool
    medicines_unchecked: bool


class FeelingsIn(Strict):
    feelings: list[FeelingCode] = Field(min_length=1, max_length=len(Feeling.values))


class FeelingsOut(Schema):
    feelings: list[FeelingCode]
    created_at: datetime


class TickOut(Schema):
    item_id: int
    ticked: bool


class WaterIn(Strict):
    delta: Annotated[int, OneOf([1, -1])]


class WaterOut(Schema):
    glasses: int


class ReflectionIn(Strict):
    text: str = Field(max_length=NOTE_MAX, pattern=NO_NUL, description="Private to you.")


class ReflectionOut(Schema):
    text: str | None
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)


class EveningIn(Strict):
    session_id: Ref
    mood: Score
    red_flags: list[RedFlag] = Field([], max_length=len(RED_FLAGS))
    note: str = Field("", max_length=NOTE_MAX, pattern=NO_NUL)


class MorningIn(EveningIn):
    sleep: Score
    side_effects: list[SideEffectCode] = Field([], max_length=len(SideEffect.values))


class CheckInOut(Schema):
    id: UUID
    session_id: UUID
    kind: Kind
    mood: int
    sleep: int | None
    side_effects: list[SideEffectCode]
    red_flags: list[RedFlag]
    note: str | None
    created_at: datetime
    flagged: bool = Field(description="A red-flag answer raised a safety flag for your team.")
    crisis_words: bool = Field(
        description="The note sounds like thoughts of self-harm: show the crisis resources "
        "(GET /api/v1/crisis) and offer to tell the care team, as the app does."
    )
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(check: Any) -> Verdict | None:
        return language_of(check)

    @staticmethod
    def resolve_flagged(check: Any) -> bool:
        return bool(check.red_flags)  # any red-flag answer raises a flag (checkin_submit)

    @staticmethod
    def resolve_crisis_words(check: Any) -> bool:
        verdict = language_of(check) or assess(check.note or "")
        return verdict.is_crisis


def _plan(view: aftercare.Aftercare | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {
        "session_id": view.session.pk,
        "active": view.active,
        "plan_ends_at": view.plan_ends_at,
        "rules": view.rules,
        "feelings": view.feelings,
        "suggestions": view.suggestions,
        "items": [
            {
                "id": p.item.pk,
                "kind": p.item.kind,
                "title": p.item.title,
                "body": p.item.body,
                "ticked": p.ticked,
            }
            for p in view.items
        ],
        "glasses": view.state.glasses if view.state else 0,
        "reflection": view.state.reflection if view.state else None,
        "check_ins": [
            {"kind": w.kind, "opens": w.opens, "closes": w.closes, "state": w.state}
            for w in view.windows.values()
        ],
    }


def _preparation(found: aftercare.Preparation | None) -> dict[str, Any] | None:
    if found is None:
        return None
    session = found.session
    return {
        "session_id": session.pk,
        "starts_at": session.starts_at,
        "modality": session.modality,
        "rules": found.rules,
    }


@router.get("/today", response=answers({200: TodayOut}, 404))
def today(request: HttpRequest) -> Any:
    """What Today shows: the plan after a session, or what comes next."""
    patient = access.own_patient(request)
    now = timezone.now()
    prompt = journal.prompt_for_today(patient, now)
    tools = integration.latest_tools(patient)
    return {
        "aftercare": _plan(aftercare.aftercare_for(patient, now)),
        "preparation": _preparation(aftercare.preparation_for(patient, now)),
        "plan": plan_out(treatments.plan_status(patient, now)),
        "prompt": None
        if prompt is None
        else {
            "id": prompt.prompt.pk,
            "text": prompt.prompt.text,
            "from_care_team": prompt.assigned is not None,
        },
        "questionnaires_due": [spec.code for spec in outcomes.due(patient, now)],
        "circle_due": wellbeing.reassessment_due(patient, now),
        "tools": tools.tool_list if tools else [],
        "goals": [g for g in integration.goals_of(patient) if g.status == "active"],
        "review_due": integration.review_due(patient, now),
        "medicines_unchecked": reminders.check_owed(patient, now),
    }


@router.post("/aftercare/{session_id}/feelings", response=answers({201: FeelingsOut}, 404))
def feelings(request: HttpRequest, session_id: UUID, data: FeelingsIn) -> Any:
    """How you feel right now, after a session (answer as often as it changes)."""
    session = aftercare.own_completed_session(request, session_id)
    form = FeelingForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    check = services.feeling_record(
        session=session, feelings=form.cleaned_data["feelings"], request=request
    )
    return Status(201, check)


@router.post("/aftercare/{session_id}/items/{item_id}/tick", response=answers({200: TickOut}, 404))
def tick(request: HttpRequest, session_id: UUID, item_id: ItemId) -> Any:
    """Tick an item of the checklist, or untick it."""
    session = aftercare.own_completed_session(request, session_id)
    item = get_object_or_404(SelfCareItem, pk=item_id, clinic_id=session.patient.clinic_id)
    ticked = services.item_toggle(session=session, item=item, request=request)
    return {"item_id": item.pk, "ticked": ticked}


@router.post("/aftercare/{session_id}/water", response=answers({200: WaterOut}, 404))
def water(request: HttpRequest, session_id: UUID, data: WaterIn) -> Any:
    """One glass more, or one less."""
    session = aftercare.own_completed_session(request, session_id)
    form = WaterForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    glasses = services.water_change(
        session=session, delta=form.cleaned_data["delta"], request=request
    )
    return {"glasses": glasses}


@router.put("/aftercare/{session_id}/reflection", response=answers({200: ReflectionOut}, 404))
def reflection(request: HttpRequest, session_id: UUID, data: ReflectionIn) -> Any:
    """A few private words about the session."""
    session = aftercare.own_completed_session(request, session_id)
    form = ReflectionForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    state = services.reflection_save(
        session=session, text=form.cleaned_data["text"], request=request
    )
    checked(request, form, patient=session.patient, source=state)
    return {"text": state.reflection, "language": form.language}


@router.get("/check-ins", response=answers({200: list[CheckInOut]}, 404))
@paginate(Pages)
def check_ins(request: HttpRequest) -> Any:
    """Your check-ins, newest first."""
    patient = access.own_patient(request)
    return CheckIn.objects.filter(patient=patient).order_by("-created_at", "-id")


def _check_in(request: HttpRequest, kind: str, data: EveningIn) -> Any:
    session = aftercare.own_completed_session(request, data.session_id)
    opens, closes = aftercare.check_in_windows(session, session.patient.time_zone)[kind]
    now = timezone.now()
    if now < opens:
        raise Problem(
            409,
            gettext("This check-in is not open yet"),
            gettext("It opens at %(moment)s.") % {"moment": opens.isoformat()},
        )
    if now >= closes:
        raise Problem(
            409,
            gettext("This check-in has closed"),
            gettext("It closed at %(moment)s.") % {"moment": closes.isoformat()},
        )
    form = CheckInForm(form_data(data, exclude={"session_id"}), kind=kind)
    if not form.is_valid():
        raise form_errors(form)
    check, _ = services.checkin_submit(
        session=session, kind=kind, request=request, **form.answers()
    )
    return Status(201, checked(request, form, patient=session.patient, source=check))


@router.post("/check-ins/evening", response=answers({201: CheckInOut}, 404, 409))
def check_in_evening(request: HttpRequest, data: EveningIn) -> Any:
    """The evening check-in after a session (open from 2 hours after, not before 5 pm)."""
    return _check_in(request, CheckInKind.EVENING, data)


@router.post("/check-ins/morning", response=answers({201: CheckInOut}, 404, 409))
def check_in_morning(request: HttpRequest, data: MorningIn) -> Any:
    """The next-morning check-in (open from 5 am the day after)."""
    return _check_in(request, CheckInKind.MORNING, data)


@router.post("/check-ins/{check_in_id}/tell-care-team", response=answers({204: None}, 404))
def check_in_tell(request: HttpRequest, check_in_id: UUID) -> Any:
    """Let your care team know what your check-in note says (your choice)."""
    check = access.own_object(
        request, CheckIn.objects.select_related("session__patient"), pk=check_in_id
    )
    source_tell_team(patient=check.session.patient, source=check, request=request)
    return Status(204, None)
