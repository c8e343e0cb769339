"""The C-SSRS screener in the API: its questions, answering it (the page's own form and
service: the same skip logic, the same missing questions, one screening and one flag per
nonce), the patient's screenings, and a patient's screenings for their care team.

Kept out of ``patient.py`` and ``clinician.py``, which are at the size where a module
splits; mounted on the same paths."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import ConfigDict, StrictBool
from pydantic.config import JsonDict

from afterglow.api.base import NO_NUL, OneOf, Ref, Strict, answers
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem
from afterglow.clinics import access
from afterglow.outcomes import cssrs
from afterglow.outcomes import services as outcome_services
from afterglow.outcomes.forms import ScreenerForm
from afterglow.outcomes.models import Screening

router = Router(tags=["screener"])

NOTICE = _(
    "Your answers go to your care team, who will see them on your record. Afterglow is not "
    "watched in real time: if you need someone now, call or text 988 (GET /api/v1/crisis "
    "has your clinic's numbers)."
)


class QuestionOut(Schema):
    key: str
    number: str
    text: str
    hint: str
    period: Annotated[str, OneOf(["past_month", "lifetime"])] = Field(
        description="past_month (1–5) or lifetime (6 and its follow-up)"
    )
    asked_if: Annotated[str, OneOf(["", *(q.key for q in cssrs.QUESTIONS)])] = Field(
        description="Asked only after a yes to this question; '' if always"
    )


class ScreenerOut(Schema):
    notice: str
    questions: list[QuestionOut]


# The screener's skip logic, stated in the document: a yes to q2 asks q3 to q5, a yes to q6
# asks when (q6_recent). Anything the document allows is then a complete screener.
_SKIP_LOGIC: JsonDict = {
    "allOf": [
        {
            "if": {"properties": {"q2": {"const": True}}, "required": ["q2"]},
            "then": {
                "required": ["q3", "q4", "q5"],
                "properties": {f"q{n}": {"type": "boolean"} for n in (3, 4, 5)},
            },
        },
        {
            "if": {"properties": {"q6": {"const": True}}, "required": ["q6"]},
            "then": {"required": ["q6_recent"], "properties": {"q6_recent": {"type": "boolean"}}},
        },
    ]
}


class ScreenerAnswers(Strict):
    model_config = ConfigDict(json_schema_extra=_SKIP_LOGIC)

    q1: StrictBool
    q2: StrictBool
    q3: StrictBool | None = Field(None, description="Asked only after a yes to q2")
    q4: StrictBool | None = Field(None, description="Asked only after a yes to q2")
    q5: StrictBool | None = Field(None, description="Asked only after a yes to q2")
    q6: StrictBool
    q6_recent: StrictBool | None = Field(None, description="Asked only after a yes to q6")


class ScreeningIn(Strict):
    answers: ScreenerAnswers
    nonce: Ref = Field(description="One per filled form: sending it again changes nothing.")
    origin: str = Field(
        "outcomes",
        alias="from",
        pattern=NO_NUL,
        max_length=40,
        description="Where it was offered: concern, phq9 or outcomes (anything else: outcomes)",
    )


class ScreeningOut(Schema):
    id: UUID
    level: Annotated[str, OneOf(cssrs.Level.values)] = Field(
        description="none, low, moderate or high (the published triage)"
    )
    origin: Annotated[str, OneOf(cssrs.Origin.values)] = Field(
        validation_alias="origin", serialization_alias="from"
    )
    answers: dict[str, bool | None]
    created_at: datetime
    show_resources: bool = Field(
        False, description="Moderate or high: show the crisis resources now, as the app does."
    )
    call_now: bool = Field(False, description="High: say plainly to call or text 988, or 911.")

    @staticmethod
    def resolve_show_resources(screening: Any) -> bool:
        return screening.flagged

    @staticmethod
    def resolve_call_now(screening: Any) -> bool:
        return screening.level == cssrs.Level.HIGH


def _question(q: cssrs.Question) -> dict[str, Any]:
    return {
        "key": q.key,
        "number": q.number,
        "text": str(q.text),
        "hint": str(q.hint),
        "period": "past_month" if q.key in cssrs.PAST_MONTH_KEYS else "lifetime",
        "asked_if": q.asked_if,
    }


@router.get(
    "/screener",
    response=answers({200: ScreenerOut}, 404),
    summary="The C-SSRS screener's questions",
)
def screener(request: HttpRequest) -> dict[str, Any]:
    access.own_patient(request)
    return {"notice": str(NOTICE), "questions": [_question(q) for q in cssrs.QUESTIONS]}


@router.post(
    "/screener",
    response=answers({201: ScreeningOut}, 404, 422),
    by_alias=True,
    summary="Answer the screener (moderate and high raise a safety flag for the care team)",
)
def screener_submit(request: HttpRequest, data: ScreeningIn) -> Any:
    patient = access.own_patient(request)
    fields: dict[str, str] = {"nonce": str(data.nonce), "origin": data.origin}
    for key, value in data.answers.model_dump().items():
        if value is not None:
            fields[key] = "yes" if value else "no"
    form = ScreenerForm(fields)
    if not form.is_valid():
        raise Problem(
            422,
            gettext("Some questions are not answered"),
            gettext(
                "The questions in missing still need a yes or no (the skip logic decides which)."
            ),
            errors={f: [str(m) for m in msgs] for f, msgs in form.errors.items()},
            missing=form.missing(),
        )
    screening = outcome_services.screening_submit(
        patient=patient, request=request, **form.submission()
    )[0]
    return Status(201, screening)


@router.get(
    "/screenings",
    response=answers({200: list[ScreeningOut]}, 404),
    by_alias=True,
    summary="Your screeners",
)
@paginate(Pages)
def screenings(request: HttpRequest) -> Any:
    patient = access.own_patient(request)
    return Screening.objects.filter(patient=patient).order_by("-created_at", "-id")


@router.get(
    "/patients/{patient_id}/screenings",
    response=answers({200: list[ScreeningOut]}, 404),
    by_alias=True,
    tags=["care team"],
    summary="A patient's C-SSRS screeners, newest first",
)
@paginate(Pages)
def patient_screenings(request: HttpRequest, patient_id: UUID) -> Any:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="screener.view")
    return Screening.objects.filter(patient=patient).order_by("-created_at", "-id")
