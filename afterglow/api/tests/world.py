"""A small clinic with fixed ids, so schemathesis can be told them and reach past the 404
of an unknown id. Pia (a patient), Cal (her clinician), Ada (the admin); Pia has an entry
she shares, a message to her care team, sessions (an IV one ended three hours ago, a
Spravato one with its REMS record, one booked), a check-in, a goal and step, an integration
session, a medicine, a notification, a flag; the clinic has a prompt, a checklist item, a
protocol and Nell, a clinician not yet on Pia's care team. Integer ids sit near the top of
their range, where no sequence of a test database reaches."""

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from afterglow.accounts.models import User
from afterglow.aftercare.models import CheckIn, ItemKind, SelfCareItem
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role
from afterglow.conversations.models import Conversation, Message
from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.journal.models import Entry, Prompt
from afterglow.reminders.models import Medication, Notification
from afterglow.safety.models import Flag
from afterglow.testing.people import make_user
from afterglow.treatments.models import (
    MaintenancePlan,
    MonitoringRecord,
    Protocol,
    ProtocolStep,
    SessionStatus,
    TreatmentSession,
)


def _id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://afterglow.test/{name}"))


IDS = {
    "patient": _id("patient"),
    "entry": _id("entry"),
    "session": _id("session"),
    "spravato": _id("spravato"),
    "booked": _id("booked"),
    "check_in": _id("check-in"),
    "goal": _id("goal"),
    "step": _id("step"),
    "integration": _id("integration"),
    "medicine": _id("medicine"),
    "notification": _id("notification"),
    "flag": _id("flag"),
    "message": _id("message"),
}
PROMPT, ITEM, PROTOCOL = 2_000_000_001, 2_000_000_002, 2_000_000_003
NEWCOMER, CLINICIAN = 2_000_000_004, 2_000_000_005


@dataclass
class World:
    patient: User
    clinician: User
    admin: User


def _person(email: str, name: str, pk: int | None = None) -> User:
    user = make_user(email, name)
    if pk is not None:
        User.objects.filter(pk=user.pk).update(id=pk)
        user = User.objects.get(pk=pk)
    return user


def build(now: datetime) -> World:
    cedar = Clinic.objects.create(name="Fuzz Clinic", slug="fuzz", phone="555-0199")
    pia, cal, ada = (
        _person("pia@example.com", "Pia Patient"),
        _person("cal@example.com", "Cal Clinician", pk=CLINICIAN),
        _person("ada@example.com", "Ada Admin"),
    )
    pat = Patient.objects.create(id=IDS["patient"], user=pia, clinic=cedar)
    Membership.objects.create(user=cal, clinic=cedar, role=Role.CLINICIAN)
    Membership.objects.create(user=ada, clinic=cedar, role=Role.ADMIN)
    CareTeamMember.objects.create(patient=pat, clinician=cal)
    Prompt.objects.create(id=PROMPT, clinic=cedar, key="fuzz", text="What helped?", fits=[])
    SelfCareItem.objects.create(
        id=ITEM, clinic=cedar, key="fuzz", kind=ItemKind.REST, title="Rest", body="Lie down."
    )
    protocol = Protocol.objects.create(
        id=PROTOCOL, clinic=cedar, key="fuzz", name="Fuzz", modality="iv", source="Clinic"
    )
    ProtocolStep.objects.create(
        protocol=protocol,
        order=1,
        phase="maintenance",
        label="Every 4 weeks",
        min_days=21,
        max_days=35,
    )
    MaintenancePlan.objects.create(patient=pat, protocol=protocol, start_date=date(2026, 1, 5))
    newcomer = _person("nell@example.com", "Nell Newcomer", pk=NEWCOMER)
    Membership.objects.create(user=newcomer, clinic=cedar, role=Role.CLINICIAN)

    def session(key: str, modality: str, status: str, starts: datetime) -> TreatmentSession:
        return TreatmentSession.objects.create(
            id=IDS[key],
            patient=pat,
            modality=modality,
            status=status,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
        )

    session("session", "iv", SessionStatus.COMPLETED, now - timedelta(hours=5))
    spravato = session("spravato", "spravato", SessionStatus.COMPLETED, now - timedelta(days=6))
    session("booked", "iv", SessionStatus.SCHEDULED, now + timedelta(days=2))
    CheckIn.objects.create(id=IDS["check_in"], session=spravato, kind="evening", mood=3)
    MonitoringRecord.objects.create(
        session=spravato, dose="56", lot_number="L1", monitoring_minutes=120, completed_at=now
    )
    Entry.objects.create(
        id=IDS["entry"], patient=pat, body="A walk", written_on=now.date(), shared_at=now
    )
    goal = Goal.objects.create(id=IDS["goal"], patient=pat, title="Sleep earlier")
    Step.objects.create(id=IDS["step"], goal=goal, title="Phone away at ten")
    IntegrationSession.objects.create(
        id=IDS["integration"], patient=pat, treatment=spravato, scheduled_for=now
    )
    Medication.objects.create(id=IDS["medicine"], patient=pat, name="Sertraline", times=["08:00"])
    Notification.objects.create(
        id=IDS["notification"],
        user=pia,
        kind="homework",
        key="fuzz",
        title="Try",
        link="/today/",
        due_at=now,
    )
    conversation = Conversation.objects.create(patient=pat, last_message_at=now)
    Message.objects.create(
        id=IDS["message"], conversation=conversation, author=pia, from_patient=True, body="Hi"
    )
    Flag.objects.create(
        id=IDS["flag"],
        patient=pat,
        kind="checkin_red_flag",
        severity="safety",
        reasons=["self_harm"],
        source_type="aftercare.checkin",
        source_id=IDS["check_in"],
    )
    return World(patient=pia, clinician=cal, admin=ada)
