import uuid
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.test import Client

from afterglow.aftercare.models import SelfCareItem
from afterglow.api.models import Scope
from afterglow.api.tokens import token_create
from afterglow.clinics.models import Membership, Role
from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.journal.models import Prompt
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import Medication, Notification
from afterglow.safety.services import flag_raise
from afterglow.testing.journal import write
from afterglow.testing.people import ROLES, make_user
from afterglow.testing.treatments import completed_session, evening_check_in, scheduled_session
from afterglow.treatments.models import MaintenancePlan, MonitoringRecord, Protocol

API = "/api/v1"
# 6 pm in Chicago (Pat's zone): three hours after Pat's IV session, the evening check-in is open.
NOW = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)


def bearer(user, scope=Scope.WRITE, days=30):
    _, token = token_create(user=user, name="tests", scope=scope, days=days, request=None)
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def patient_auth(people):
    return bearer(people.patient)


@pytest.fixture
def clinician_auth(people):
    return bearer(people.clinician)


def call(user: Any, method: str, url: str, body: Any = None) -> Any:
    headers = bearer(user) if user is not None else {}
    send = getattr(Client(), method)
    if method in ("get", "delete") and body is None:
        return send(url, **headers)
    return send(url, body or {}, content_type="application/json", **headers)


def statuses(people, method: str, url: str, body: Any = None) -> dict[str, int]:
    return {role: call(people.user(role), method, url, body).status_code for role in ROLES}


def expect(people, method: str, url: str, allowed: dict[str, int], body: Any = None) -> None:
    """Every one of the six people and anonymous: the statuses named, 404 for the rest."""
    want = {role: allowed.get(role, 404) for role in ROLES}
    want["anonymous"] = 401
    assert statuses(people, method, url, body) == want, url


@pytest.fixture
def world(people, time_machine):
    """Pat's records, at NOW: an IV session ended three hours ago (its 24-hour plan and
    evening check-in open), a Spravato one with its REMS record, one booked; an entry she
    shares, a check-in, a goal and step, an integration session, a medicine, a notification,
    a flag, a maintenance plan; Cedar's first prompt, checklist item and protocol, and Nell,
    a clinician of Cedar not on Pat's care team."""
    time_machine.move_to(NOW, tick=False)
    pat, cedar = people.pat, people.clinic
    recent = completed_session(pat, ended=NOW - timedelta(hours=3), modality="iv")
    spravato = completed_session(pat, ended=NOW - timedelta(days=6))
    MonitoringRecord.objects.create(
        session=spravato, dose="56", lot_number="L1", monitoring_minutes=120, completed_at=NOW
    )
    entry = write(pat, body="Walking by the river today")
    entry.shared_at = NOW
    entry.save()
    goal = Goal.objects.create(patient=pat, title="Sleep earlier")
    protocol = Protocol.objects.filter(clinic=cedar).first()
    MaintenancePlan.objects.create(patient=pat, protocol=protocol, start_date=date(2026, 1, 5))
    create(
        people.patient,
        Item("homework", "k", NOW, "Something to try", "/today/"),
        shown=True,
        dropped=False,
        email=False,
    )
    nell = make_user("nell@example.com", "Nell Newcomer")
    Membership.objects.create(user=nell, clinic=cedar, role=Role.CLINICIAN)
    check_in = evening_check_in(spravato)
    return SimpleNamespace(
        recent=recent,
        spravato=spravato,
        booked=scheduled_session(pat, starts=NOW + timedelta(days=2)),
        entry=entry,
        check_in=check_in,
        goal=goal,
        step=Step.objects.create(goal=goal, title="Phone away at ten"),
        integration=IntegrationSession.objects.create(
            patient=pat, treatment=spravato, scheduled_for=NOW - timedelta(hours=1)
        ),
        medicine=Medication.objects.create(patient=pat, name="Sertraline", times=["08:00"]),
        notification=Notification.objects.get(user=people.patient),
        flag=flag_raise(
            patient=pat,
            kind="checkin_red_flag",
            severity="safety",
            reasons=["self_harm"],
            source=check_in,
        ),
        prompt=Prompt.objects.filter(clinic=cedar, active=True).order_by("key").first(),
        item=SelfCareItem.objects.filter(clinic=cedar, active=True).first(),
        protocol=protocol,
        nell=nell,
    )


def nonce() -> str:
    return str(uuid.uuid4())
