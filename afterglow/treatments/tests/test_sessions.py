from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import TreatmentSession

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)


@pytest.fixture
def now(time_machine):
    time_machine.move_to(NOW, tick=False)
    return NOW


def new_url(people):
    return reverse("treatments:session_new", args=[people.pat.pk])


def form(**overrides):
    data = {
        "modality": "spravato",
        "status": "completed",
        "starts_at": "2026-03-10T09:00",
        "ends_at": "2026-03-10T11:00",
        "dose_mg": "56",
        "notes": "Tolerated well",
    }
    return {**data, **overrides}


def test_a_clinician_records_a_session_in_the_patients_time_zone(people, now):
    response = sign_in(Client(), people.clinician).post(new_url(people), form())
    assert response.status_code == 302
    session = TreatmentSession.objects.get()
    # 09:00 in Chicago is 14:00 UTC: daylight saving time (UTC-5) began on March 8.
    assert session.starts_at == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    assert session.clinician == people.clinician
    event = AuditEvent.objects.get(action="treatment.record")
    assert event.patient == people.pat and event.actor == people.clinician


def test_session_notes_are_encrypted_at_rest(people, now):
    sign_in(Client(), people.clinician).post(new_url(people), form())
    with connection.cursor() as cursor:
        cursor.execute("SELECT notes FROM treatments_treatmentsession")
        raw = cursor.fetchone()[0]
    assert "Tolerated" not in raw and raw.startswith("ag1:")
    assert TreatmentSession.objects.get().notes == "Tolerated well"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"ends_at": "2026-03-10T08:00"}, "ends_at", "end after it starts"),
        ({"dose_mg": "-5"}, "dose_mg", "greater than or equal to 0.01"),
        ({"dose_mg": "5000"}, "dose_mg", "less than or equal to 500"),
        (
            {"starts_at": "2026-03-12T09:00", "ends_at": "2026-03-12T11:00"},
            "status",
            "can't be completed yet",
        ),
    ],
)
def test_bad_input_is_refused_and_keeps_what_was_typed(people, now, overrides, field, message):
    response = sign_in(Client(), people.clinician).post(new_url(people), form(**overrides))
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert "Tolerated well" in response.content.decode()
    assert not TreatmentSession.objects.exists()


def test_a_clinician_marks_a_scheduled_session_missed(people, now):
    session = TreatmentSession.objects.create(
        patient=people.pat,
        modality="iv",
        status="scheduled",
        starts_at=datetime(2026, 3, 9, 15, tzinfo=UTC),
        ends_at=datetime(2026, 3, 9, 16, tzinfo=UTC),
    )
    url = reverse("treatments:session_edit", args=[people.pat.pk, session.pk])
    response = sign_in(Client(), people.clinician).post(
        url,
        form(
            modality="iv",
            status="missed",
            starts_at="2026-03-09T09:00",
            ends_at="2026-03-09T10:00",
            dose_mg="",
            notes="",
        ),
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == "missed" and session.notes is None
    assert AuditEvent.objects.filter(action="treatment.update").exists()


def test_session_pages_are_for_the_care_team(people, now):
    assert_access(people, new_url(people), {"anonymous": 302, "clinician": 200})
    session = completed_session(people.pat, ended=NOW)
    edit = reverse("treatments:session_edit", args=[people.pat.pk, session.pk])
    assert_access(people, edit, {"anonymous": 302, "clinician": 200})
    other = completed_session(people.other_patient.patient, ended=NOW)
    wrong = reverse("treatments:session_edit", args=[people.pat.pk, other.pk])
    assert sign_in(Client(), people.clinician).get(wrong).status_code == 404


def test_my_treatments_shows_only_my_own(people, now):
    completed_session(people.pat, ended=NOW, modality="iv")
    assert_access(people, "/treatments/", {"anonymous": 302, "patient": 200, "other_patient": 200})
    mine = sign_in(Client(), people.patient).get("/treatments/").content.decode()
    theirs = sign_in(Client(), people.other_patient).get("/treatments/").content.decode()
    assert "IV ketamine" in mine and "IV ketamine" not in theirs
