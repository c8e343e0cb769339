"""Questionnaires: what is due, answering PHQ-9 and GAD-7, the history and its trends.
The shapes are shared with the care team's view of a patient."""

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import create_model

from afterglow.api.base import OneOf, Ref, Strict, answers
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.clinics import access
from afterglow.outcomes import selectors as outcomes
from afterglow.outcomes import services
from afterglow.outcomes.forms import QuestionnaireForm
from afterglow.outcomes.instruments import DIFFICULTY, FREQUENCY, INSTRUMENTS, Instrument
from afterglow.outcomes.models import Response

router = Router(tags=["questionnaires"])

# The API answers these two; a questionnaire added later gets its own endpoint when it fits.
ANSWERED_HERE = ("phq9", "gad7")
InstrumentCode = Annotated[str, OneOf(INSTRUMENTS)]
BandCode = Annotated[str, OneOf(sorted({b.code for i in INSTRUMENTS.values() for b in i.bands}))]
Answer = Annotated[int, OneOf(value for value, _ in FREQUENCY)]
Difficulty = Annotated[int, OneOf(value for value, _ in DIFFICULTY)]


class DueOut(Schema):
    code: InstrumentCode
    name: str
    items: int

    @staticmethod
    def resolve_items(spec: Instrument) -> int:
        return len(spec.items)


class ResponseOut(Schema):
    id: UUID
    instrument: InstrumentCode
    answers: list[int]
    difficulty: int | None
    total: int
    band: BandCode
    created_at: datetime
    safety_item_positive: bool = False  # Response.safety_item_positive


class TrendOut(Schema):
    instrument: InstrumentCode
    count: int
    baseline: ResponseOut | None
    latest: ResponseOut | None
    change: int | None = Field(description="Latest total minus the baseline's.")
    trend: Annotated[str, OneOf(["", "up", "down", "same"])] = Field(
        description="Since the answer before the latest ('' with fewer than two)."
    )
    response: bool = Field(description="A drop of 50% or more from the baseline.")
    remission: bool = Field(description="PHQ-9 under 5 after the baseline.")


def trends_of(patient: Any) -> list[dict[str, Any]]:
    return [
        {
            "instrument": s.instrument.code,
            "count": len(s.responses),
            "baseline": s.baseline,
            "latest": s.latest,
            "change": s.change,
            "trend": s.trend,
            "response": s.response_reached,
            "remission": s.remission and s.instrument.code == "phq9",
        }
        for s in outcomes.summaries(patient)
    ]


@router.get("/questionnaires/due", response=answers({200: list[DueOut]}, 404))
@paginate(Pages)
def due(request: HttpRequest) -> Any:
    """Questionnaires due now."""
    return outcomes.due(access.own_patient(request), timezone.now())


@router.get("/questionnaires/history", response=answers({200: list[ResponseOut]}, 404))
@paginate(Pages)
def history(request: HttpRequest) -> Any:
    """Your answers, newest first."""
    patient = access.own_patient(request)
    return Response.objects.filter(patient=patient).order_by("-created_at", "-id")


@router.get("/questionnaires/trends", response=answers({200: list[TrendOut]}, 404))
def trends(request: HttpRequest) -> Any:
    """Each questionnaire's baseline, latest answer, change and milestones."""
    return trends_of(access.own_patient(request))


def _submitter(spec: Instrument) -> Callable[..., Any]:
    body = create_model(  # type: ignore[call-overload]
        f"{spec.code.capitalize()}In",
        __base__=Strict,
        answers=(
            list[Answer],
            Field(
                min_length=len(spec.items),
                max_length=len(spec.items),
                description=f"One answer (0-3) to each of the {len(spec.items)} items, in order.",
            ),
        ),
        difficulty=(Difficulty | None, None),
        nonce=(Ref, Field(description="New for each form: a resubmission is not a second.")),
    )

    def submit(request: HttpRequest, data: body) -> Any:  # type: ignore[valid-type]
        given: Any = data
        patient = access.own_patient(request)
        fields: dict[str, Any] = {f"item_{n}": a for n, a in enumerate(given.answers)}
        fields.update(
            nonce=given.nonce, difficulty="" if given.difficulty is None else given.difficulty
        )
        form = QuestionnaireForm(fields, instrument=spec)
        if not form.is_valid():
            raise form_errors(form)
        response, made = services.response_submit(
            patient=patient, instrument=spec.code, request=request, **form.submission()
        )
        if response.instrument != spec.code:
            raise Problem(
                409,
                gettext("This form was sent before"),
                gettext("Its nonce answered another one."),
            )
        return Status(201 if made else 200, response)

    submit.__name__ = f"answer_{spec.code}"
    submit.__doc__ = (
        f"Answer the {spec.name}. Sending the same form (nonce) again returns the first answer."
    )
    return submit


for _code in ANSWERED_HERE:
    router.post(
        f"/questionnaires/{_code}",
        response=answers({201: ResponseOut, 200: ResponseOut}, 404, 409),
    )(_submitter(INSTRUMENTS[_code]))
