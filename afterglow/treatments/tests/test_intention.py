"""The patient's intention for a session: set the day before, kept with the session after it."""

import io
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.integration.models import IntegrationSession
from afterglow.journal.models import Entry
from afterglow.safety.models import TextCheck
from afterglow.testing.people import PASSWORD, assert_access, sign_in
from afterglow.testing.treatments import scheduled_session
from afterglow.treatments.models import Intention, SessionStatus

STARTS = datetime(2026, 3, 11, 15, 0, tzinfo=UTC)  # 9 a.m. in Chicago
DAY_BEFORE = STARTS - timedelta(hours=20)
WORDS = "I would like to understand why I hold on to old anger."


@pytest.fixture
def at(time_machine):
    def move(moment):
        time_machine.move_to(moment, tick=False)

    move(DAY_BEFORE)
    return move


@pytest.fixture
def booked(people):
    return scheduled_session(people.pat, starts=STARTS)


def url(session):
    return reverse("treatments:intention", args=[session.pk])


def page(client, path="/today/"):
    return client.get(path).content.decode()


def test_the_day_before_today_offers_an_intention(people, at, booked):
    client = sign_in(Client(), people.patient)
    assert "Set an intention" in page(client) and url(booked) in page(client)
    at(STARTS - timedelta(days=3))
    assert "Set an intention" not in page(client)


def test_only_the_patient_reaches_the_intention_page(people, at, booked):
    assert_access(people, url(booked), {"anonymous": 302, "patient": 200})
    share = reverse("treatments:intention_share", args=[booked.pk])
    Intention.objects.create(session=booked, text=WORDS)
    assert_access(people, share, {"anonymous": 302, "patient": 302}, method="post")


def test_it_is_saved_encrypted_and_audited(people, at, booked):
    client = sign_in(Client(), people.patient)
    response = client.post(url(booked), {"text": WORDS})
    assert response.status_code == 302 and response["Location"] == "/today/"
    intention = Intention.objects.get()
    assert intention.text == WORDS and not intention.is_shared
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM treatments_intention")
        (stored,) = cursor.fetchone()
    assert stored.startswith("ag1:") and "anger" not in stored
    event = AuditEvent.objects.get(action="intention.create")
    assert event.patient_id == people.pat.pk and "anger" not in str(event.detail)
    assert WORDS in page(client)


def test_it_can_be_changed_until_the_session_starts_then_stays(people, at, booked):
    client = sign_in(Client(), people.patient)
    client.post(url(booked), {"text": WORDS})
    client.post(url(booked), {"text": "To let go a little."})
    assert Intention.objects.get().text == "To let go a little."
    assert AuditEvent.objects.filter(action="intention.update").count() == 1
    at(STARTS + timedelta(minutes=1))
    client = sign_in(Client(), people.patient)
    assert client.get(url(booked)).status_code == 302
    client.post(url(booked), {"text": "Changed afterwards"})
    assert Intention.objects.get().text == "To let go a little."


def test_bad_input_keeps_the_words_and_explains(people, at, booked):
    client = sign_in(Client(), people.patient)
    long = "a" * 700
    response = client.post(url(booked), {"text": long})
    body = response.content.decode()
    assert response.status_code == 200 and "sentence or two" in body and long in body
    assert "optional" in client.post(url(booked), {"text": ""}).content.decode()
    assert not Intention.objects.exists()


def test_crisis_words_in_an_intention_show_the_resources(people, at, booked):
    client = sign_in(Client(), people.patient)
    crisis = "I have been saving my pills and tonight I want to end it all"
    response = client.post(url(booked), {"text": crisis})
    assert response.status_code == 200 and "Call or text 988" in response.content.decode()
    assert TextCheck.objects.get().level == "crisis"
    assert Intention.objects.get().text == crisis


def complete(session):
    session.status = SessionStatus.COMPLETED
    session.save()


def test_after_the_session_the_plan_and_first_prompt_show_it_back(people, at, booked):
    client = sign_in(Client(), people.patient)
    client.post(url(booked), {"text": WORDS})
    complete(booked)
    at(booked.ends_at + timedelta(hours=1))
    client = sign_in(Client(), people.patient)  # a new day, a new sign-in
    today = page(client)
    assert "You set out to: “" in today and "What came up?" in today
    assert today.index("Safety first") < today.index("You set out to")
    at(booked.ends_at + timedelta(hours=30))
    client = sign_in(Client(), people.patient)
    assert "You set out to" in page(client)
    editor = page(client, reverse("journal:new"))
    assert "You set out to" in editor and "old anger" in editor
    client.post(reverse("journal:new"), {"body": "It came up gently."})
    assert Entry.objects.get().session_id == booked.pk
    assert "You set out to" not in page(client, reverse("journal:new"))
    assert "You set out to" not in page(client)


def test_the_integration_agenda_lists_it(people, at, booked):
    client = sign_in(Client(), people.patient)
    client.post(url(booked), {"text": WORDS})
    complete(booked)
    at(booked.ends_at + timedelta(days=2))
    client = sign_in(Client(), people.patient)
    integration = IntegrationSession.objects.create(
        patient=people.pat, treatment=booked, scheduled_for=booked.ends_at + timedelta(days=4)
    )
    agenda = page(client, reverse("integration:agenda", args=[integration.pk]))
    assert "The intention for that treatment" in agenda and "old anger" in agenda


def test_the_care_team_sees_it_only_while_shared(people, at, booked):
    patient = sign_in(Client(), people.patient)
    patient.post(url(booked), {"text": WORDS})
    clinician = sign_in(Client(), people.clinician)
    patient_page = reverse("careteam:patient", args=[people.pat.pk])
    assert "old anger" not in page(clinician, patient_page)
    share = reverse("treatments:intention_share", args=[booked.pk])
    patient.post(share, {"shared": "1"})
    assert "old anger" in page(clinician, patient_page)
    assert AuditEvent.objects.filter(action="intention.share").exists()
    complete(booked)
    at(booked.ends_at + timedelta(days=1))
    patient, clinician = sign_in(Client(), people.patient), sign_in(Client(), people.clinician)
    patient.post(share, {"shared": "0"})  # unsharing works after the session too
    assert "old anger" not in page(clinician, patient_page)
    assert AuditEvent.objects.filter(action="intention.unshare").exists()


def test_sharing_from_the_form(people, at, booked):
    client = sign_in(Client(), people.patient)
    client.post(url(booked), {"text": WORDS, "shared": "on"})
    assert Intention.objects.get().is_shared
    assert "Stop sharing it" in page(client, reverse("treatments:mine"))


def test_the_download_has_it_and_erasure_removes_it(people, at, booked):
    client = sign_in(Client(), people.patient)
    client.post(url(booked), {"text": WORDS})
    archive = zipfile.ZipFile(io.BytesIO(client.post("/accounts/data/download/").content))
    assert "old anger" in archive.read("treatments_intention.json").decode()
    assert "intentions you set" in archive.read("README.txt").decode()
    client.post("/accounts/data/delete/", {"password": PASSWORD})
    assert not Intention.objects.exists()
