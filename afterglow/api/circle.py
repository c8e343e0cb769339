"""The Holistic Happiness Circle: take it, see it over time, choose where to focus, and the
clinic's guide to each dimension. The shapes are shared with the care team's view."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import create_model

from afterglow.api.base import NO_NUL, OneOf, Strict, answers, form_data
from afterglow.api.language import LANGUAGE_HELP, LanguageOut, checked, language_of
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.clinics import access
from afterglow.safety.language import Verdict
from afterglow.wellbeing import selectors as wellbeing
from afterglow.wellbeing import services
from afterglow.wellbeing.forms import AssessmentForm, FocusForm
from afterglow.wellbeing.models import DIMENSION_KEYS, DIMENSION_LABELS
from afterglow.wellbeing.services import MAX_FOCUS

router = Router(tags=["circle"])

Dimension = Annotated[str, OneOf(DIMENSION_KEYS)]
Rating = Annotated[int, OneOf(range(11))]
# The API document is in English, whoever's request happens to load this module first.
with translation.override("en"):
    NAMES = {key: str(DIMENSION_LABELS[key]) for key in DIMENSION_KEYS}

Scores = create_model(  # type: ignore[call-overload]
    "Scores",
    __base__=Strict,
    __doc__="Each of the eight dimensions, 0 to 10.",
    **{key: (Rating, Field(description=NAMES[key])) for key in DIMENSION_KEYS},
)
Notes = create_model(  # type: ignore[call-overload]
    "Notes",
    __base__=Strict,
    __doc__="A note on any dimension (optional).",
    **{key: (str, Field("", max_length=500, pattern=NO_NUL)) for key in DIMENSION_KEYS},
)


class CircleIn(Strict):
    scores: Scores  # type: ignore[valid-type]
    notes: Notes | None = None  # type: ignore[valid-type]


class CircleOut(Schema):
    id: UUID
    scores: Scores  # type: ignore[valid-type]
    created_at: datetime


class OwnCircleOut(CircleOut):
    notes: dict[Dimension, str]
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_language(assessment: Any) -> Verdict | None:
        return language_of(assessment)

    @staticmethod
    def resolve_notes(assessment: Any) -> dict[str, str]:
        return wellbeing.notes_of(assessment)


class FocusIn(Strict):
    dimensions: list[Dimension] = Field(min_length=1, max_length=MAX_FOCUS)


class FocusOut(Schema):
    dimensions: list[Dimension]


class GuideOut(Schema):
    dimension: Dimension
    description: str
    questions: list[str]
    practices: list[str]

    @staticmethod
    def resolve_description(guide: Any) -> str:
        return guide.shown_description  # as the pages show it: seeded words translated

    @staticmethod
    def resolve_questions(guide: Any) -> list[str]:
        return guide.question_list

    @staticmethod
    def resolve_practices(guide: Any) -> list[str]:
        return guide.practice_list


@router.get("/circle", response=answers({200: list[OwnCircleOut]}, 404))
@paginate(Pages)
def circle(request: HttpRequest) -> Any:
    """Your Happiness Circle over time, newest first, with your notes."""
    return list(reversed(wellbeing.history(access.own_patient(request))))


@router.post("/circle", response=answers({201: OwnCircleOut}, 404))
def circle_take(request: HttpRequest, data: CircleIn) -> Any:
    """Take the circle: rate each dimension, with a note where you like."""
    patient = access.own_patient(request)
    scores: Any = data.scores
    given: Any = data.notes
    fields = {f"score_{k}": v for k, v in scores.model_dump().items()}
    notes: dict[str, str] = given.model_dump() if given is not None else {}
    fields.update({f"note_{k}": v for k, v in notes.items()})
    form = AssessmentForm(fields, guides=[])
    if not form.is_valid():
        raise form_errors(form)
    taken = services.assessment_take(
        patient=patient, scores=form.scores(), notes=form.notes(), request=request
    )
    return Status(201, checked(request, form, patient=patient, source=taken))


@router.get("/circle/focus", response=answers({200: FocusOut}, 404))
def focus(request: HttpRequest) -> Any:
    """The dimensions you chose to focus on."""
    return {"dimensions": wellbeing.focus_of(access.own_patient(request))}


@router.put("/circle/focus", response=answers({200: FocusOut}, 404))
def focus_set(request: HttpRequest, data: FocusIn) -> Any:
    """Choose one to three dimensions to focus on."""
    patient = access.own_patient(request)
    form = FocusForm(form_data(data))
    if not form.is_valid():
        raise form_errors(form)
    found = services.focus_set(
        patient=patient, dimensions=form.cleaned_data["dimensions"], request=request
    )
    return {"dimensions": found.dimensions}


@router.get("/circle/guides", response=answers({200: list[GuideOut]}, 404))
@paginate(Pages)
def guides(request: HttpRequest) -> Any:
    """What each dimension means, questions to reflect on and practices to try."""
    return wellbeing.guides(access.own_patient(request))
