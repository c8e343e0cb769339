"""The patient's medicines, in their own words, with reminder times; the daily "taken as
prescribed?" and how the last two weeks went. Afterglow records and reminds; it never
advises on doses."""

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from afterglow.api.base import CLOCK, NO_NUL, OneOf, Strict, Words, answers
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.clinics import access
from afterglow.reminders import selectors as reminders
from afterglow.reminders import services
from afterglow.reminders.forms import MAX_TIMES, CheckForm, MedicationForm
from afterglow.reminders.models import Medication, Taken
from afterglow.treatments.schedule import local_day

router = Router(tags=["medicines"])

Answer = Annotated[str, OneOf(Taken.values)]
Clock = Annotated[str, Field(pattern=CLOCK)]


class MedicineIn(Strict):
    name: Words = Field(max_length=120)
    dose: str = Field("", max_length=120, pattern=NO_NUL, description="As you were told.")
    times: list[Clock] = Field([], max_length=MAX_TIMES, description="Reminders, like 08:00.")


class MedicineOut(Schema):
    id: UUID
    name: str
    dose: str | None
    times: list[Clock]
    created_at: datetime


class CheckIn(Strict):
    answer: Answer


class CheckOut(Schema):
    day: date
    answer: Answer


class AdherenceOut(Schema):
    days: int
    today: Answer | None = Field(description="Today's answer, if given.")
    counts: dict[Answer, int]
    unanswered: int
    answers: list[CheckOut] = Field(description="Newest first.")


@router.get("/medicines", response=answers({200: list[MedicineOut]}, 404))
@paginate(Pages)
def medicines(request: HttpRequest) -> Any:
    """The medicines you take."""
    return reminders.medications_of(access.own_patient(request))


@router.post("/medicines", response=answers({201: MedicineOut}, 404))
def medicine_add(request: HttpRequest, data: MedicineIn) -> Any:
    """Add a medicine, with the times you want to be reminded."""
    patient = access.own_patient(request)
    form = MedicationForm({"name": data.name, "dose": data.dose, "times": ", ".join(data.times)})
    if not form.is_valid():
        raise form_errors(form)
    made = services.medication_add(patient=patient, request=request, **form.cleaned_data)
    return Status(201, made)


@router.put("/medicines/check", response=answers({200: CheckOut}, 404))
def check(request: HttpRequest, data: CheckIn) -> Any:
    """Today's answer: taken as prescribed, missed one, or not today."""
    patient = access.own_patient(request)
    form = CheckForm({"answer": data.answer})
    if not form.is_valid():
        raise form_errors(form)
    today = local_day(timezone.now(), patient.time_zone)
    return services.medication_check(
        patient=patient, day=today, answer=form.cleaned_data["answer"], request=request
    )


@router.get("/medicines/adherence", response=answers({200: AdherenceOut}, 404))
def adherence(request: HttpRequest) -> Any:
    """Your answers over the last 14 days."""
    return adherence_of(access.own_patient(request))


# After the fixed paths above: Django would read "check" as a medicine's id.
@router.delete("/medicines/{medicine_id}", response=answers({204: None}, 404))
def medicine_stop(request: HttpRequest, medicine_id: UUID) -> Any:
    """Take a medicine off your list; its reminders stop."""
    found = access.own_object(request, Medication.objects.filter(active=True), pk=medicine_id)
    services.medication_stop(medication=found, request=request)
    return Status(204, None)


def adherence_of(patient: Any) -> dict[str, Any]:
    today = local_day(timezone.now(), patient.time_zone)
    found = reminders.adherence(patient, today)
    return {
        "days": found.days,
        "today": next((answer for day, answer in found.answers if day == today), None),
        "counts": found.counts,
        "unanswered": found.unanswered,
        "answers": [{"day": day, "answer": answer} for day, answer in found.answers],
    }
