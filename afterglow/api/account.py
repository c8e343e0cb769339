"""What anyone signed in has: who they are, where to get help, their notifications, how
reminders reach them and their private calendar link. Patients and staff alike."""

from datetime import datetime, time
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictBool

from afterglow.api.base import CLOCK, OneOf, Strict, answers, fhir_bundle
from afterglow.api.fhir import bundle_json
from afterglow.api.pages import Pages
from afterglow.api.problems import form_errors
from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.lib.timezones import all_zones
from afterglow.reminders import selectors as reminders
from afterglow.reminders import services as reminder_services
from afterglow.reminders.delivery import preference_of
from afterglow.reminders.forms import PreferenceForm
from afterglow.reminders.models import PATIENT_KINDS, Kind, Notification, Preference
from afterglow.safety.resources import resources_for

router = Router(tags=["account"])

Zone = Annotated[str, OneOf(sorted(all_zones()))]
KindCode = Annotated[str, OneOf(Kind.values)]
PatientKind = Annotated[str, OneOf(k.value for k in PATIENT_KINDS)]
Clock = Annotated[str, Field(pattern=CLOCK, description="Hours and minutes, like 08:30.")]


class Me(Schema):
    id: int
    email: str
    full_name: str
    time_zone: Zone
    patient_id: UUID | None
    clinician: bool
    admin: bool


class CrisisOut(Schema):
    crisis_line: str
    text_keyword: str
    text_number: str
    emergency: str
    clinic_name: str
    clinic_phone: str


class NotificationOut(Schema):
    id: UUID
    kind: KindCode
    title: str
    link: str
    due_at: datetime
    read: bool

    @staticmethod
    def resolve_read(notification: Any) -> bool:
        return notification.read_at is not None


class ReadOut(Schema):
    read: int = Field(description="How many notifications this marked read.")


class Quiet(Strict):
    start: Clock
    end: Clock = Field(description="May be earlier than start: quiet hours wrap midnight.")


class PreferencesOut(Schema):
    kinds: list[PatientKind] = Field(description="What you hear about (patients).")
    in_app: bool
    email: bool
    quiet: Quiet | None
    daily_at: Clock
    time_zone: Zone
    email_bounced: bool
    calendar_link: bool = Field(description="A private calendar link is on.")


class PreferencesIn(Strict):
    """Fields left out keep their saved value. Staff choose only email and time zone."""

    kinds: list[PatientKind] = Field(None, max_length=len(PATIENT_KINDS))  # type: ignore[arg-type]
    in_app: StrictBool = Field(None)  # type: ignore[assignment]
    email: StrictBool = Field(None)  # type: ignore[assignment]
    quiet: Quiet | None = Field(None, description="null turns quiet hours off.")
    daily_at: Clock = Field(None)  # type: ignore[assignment]
    time_zone: Zone = Field(None)  # type: ignore[assignment]


class CalendarOut(Schema):
    url: str = Field(description="Shown once. Anyone with it sees your upcoming dates.")


def _clock(value: time | None) -> str | None:
    return f"{value:%H:%M}" if value is not None else None


def _preferences(request: HttpRequest, pref: Preference | None = None) -> dict[str, Any]:
    pref = pref or preference_of(request.user)
    user: Any = request.user
    quiet = None
    if pref.quiet_start is not None and pref.quiet_end is not None:
        quiet = {"start": _clock(pref.quiet_start), "end": _clock(pref.quiet_end)}
    return {
        "kinds": [k.value for k in PATIENT_KINDS if k.value not in pref.off],
        "in_app": pref.in_app,
        "email": pref.email,
        "quiet": quiet,
        "daily_at": _clock(pref.daily_at),
        "time_zone": user.time_zone,
        "email_bounced": pref.email_bounced_at is not None,
        "calendar_link": reminders.active_feed(request.user) is not None,
    }


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
        "admin": roles.is_admin,
    }


@router.get(
    "/me/fhir",
    response=answers({200: None}, 404),
    openapi_extra=fhir_bundle(),
)
def my_fhir(request: HttpRequest) -> HttpResponse:
    """Your record as a FHIR R4 Bundle (patients)."""
    patient = access.own_patient(request)
    record(action="patient.fhir_export", request=request, patient=patient)
    return HttpResponse(bundle_json(patient), content_type="application/fhir+json")


@router.get("/crisis", response=CrisisOut, summary="Where to get help now (your clinic's numbers)")
def crisis(request: HttpRequest) -> Any:
    return vars(resources_for(access.roles_of(request.user).clinic))


@router.get("/notifications", response=list[NotificationOut], summary="Your notifications")
@paginate(Pages)
def notifications(request: HttpRequest) -> Any:
    return reminders.recent(request.user, limit=200)


@router.post("/notifications/{notification_id}/read", response=answers({204: None}, 404))
def notification_read(request: HttpRequest, notification_id: UUID) -> Any:
    """Mark one read."""
    found = access.own_account_object(request, Notification.objects.all(), pk=notification_id)
    reminder_services.notification_read(found, timezone.now())
    return Status(204, None)


@router.post("/notifications/read", response=ReadOut, summary="Mark every notification read")
def notifications_read_all(request: HttpRequest) -> Any:
    return {"read": reminder_services.notifications_read_all(request.user, timezone.now())}


@router.get("/reminders/preferences", response=PreferencesOut, summary="How reminders reach you")
def preferences(request: HttpRequest) -> Any:
    return _preferences(request)


@router.patch(
    "/reminders/preferences",
    response=PreferencesOut,
    summary="Change how reminders reach you (what you leave out stays)",
)
def preferences_change(request: HttpRequest, data: PreferencesIn) -> Any:
    current = _preferences(request)
    given = data.model_dump(exclude_unset=True)
    merged = {k: v for k, v in current.items() if k in PreferencesIn.model_fields} | given
    quiet = merged.pop("quiet") or {"start": "", "end": ""}
    merged.update(quiet_start=quiet["start"], quiet_end=quiet["end"])
    staff = not access.roles_of(request.user).is_patient
    form = PreferenceForm(_falsy_kept(merged), staff=staff)
    if not form.is_valid():
        raise form_errors(form)
    cleaned = form.cleaned_data
    saved = reminder_services.preference_save(
        user=request.user,
        off=form.off(),
        in_app=True if staff else cleaned["in_app"],
        email=cleaned["email"],
        quiet_start=cleaned.get("quiet_start"),
        quiet_end=cleaned.get("quiet_end"),
        daily_at=cleaned.get("daily_at"),
        time_zone=cleaned["time_zone"],
        request=request,
    )
    return _preferences(request, saved)


def _falsy_kept(values: dict[str, Any]) -> dict[str, Any]:
    """A checkbox left unticked is absent from a form's data: False is left out."""
    return {k: v for k, v in values.items() if v is not False and v is not None}


@router.post(
    "/reminders/calendar",
    response={201: CalendarOut},
    summary="Make a private calendar link (any older one stops working)",
)
def calendar_link(request: HttpRequest) -> Any:
    token = reminder_services.feed_create(user=request.user, request=request)
    return Status(201, {"url": request.build_absolute_uri(f"/calendar/{token}.ics")})


@router.delete("/reminders/calendar", response={204: None}, summary="Turn the calendar link off")
def calendar_off(request: HttpRequest) -> Any:
    reminder_services.feed_revoke(user=request.user, request=request)
    return Status(204, None)
