"""Download my data, then delete my account: none of the patient's words remain."""

import io
import json
import zipfile
from datetime import timedelta

from django.db import connection
from django.test import Client
from django.utils import timezone

from afterglow.aftercare.services import checkin_submit
from afterglow.audit.models import AuditEvent
from afterglow.data.erase import erase_patient
from afterglow.integration.models import IntegrationSession
from afterglow.integration.services import goal_create
from afterglow.lib import crypto
from afterglow.lib.fields import associated_data, encrypted_fields
from afterglow.reminders.models import Medication
from afterglow.testing.journal import write
from afterglow.testing.outcomes import answer
from afterglow.testing.people import PASSWORD, assert_access, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.wellbeing.models import DIMENSION_KEYS
from afterglow.wellbeing.services import assessment_take

MARK = "zephyrmarker"


def give_pat_a_history(people):
    pat = people.pat
    write(pat, body=f"My {MARK} journal entry", title=f"{MARK} title", tags=f"{MARK}tag")
    session = completed_session(pat, ended=timezone.now() - timedelta(hours=20))
    checkin_submit(
        session=session,
        kind="evening",
        mood=3,
        sleep=3,
        side_effects=[],
        red_flags=[],
        note=f"{MARK} note",
        request=None,
    )
    answer(pat, "gad7", [1] * 7, difficulty=0)
    assessment_take(
        patient=pat,
        scores=dict.fromkeys(DIMENSION_KEYS, 6),
        notes={"social": f"{MARK} circle note"},
        request=None,
    )
    goal_create(
        patient=pat,
        title=f"{MARK} goal",
        why="",
        dimension="",
        area="",
        target_date=None,
        steps=[(f"{MARK} step", None)],
        request=None,
    )
    Medication.objects.create(patient=pat, name=f"{MARK}ine", dose="one")
    IntegrationSession.objects.create(
        patient=pat,
        treatment=session,
        agenda_topics=f"{MARK} agenda",
        insights="Therapist's own working note",
        status="done",
    )


def everything_readable():
    """Every text value in the database, encrypted ones decrypted."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            found += [str(v) for row in cursor.fetchall() for v in row]
    for field in encrypted_fields():
        model = field.model
        for pk, stored in model._default_manager.values_list("pk", field.attname):
            if stored:
                found.append(crypto.decrypt(stored, aad=associated_data(model(pk=pk), field.name)))
    return "\n".join(found)


def test_download_has_everything_and_a_readme(people):
    give_pat_a_history(people)
    client = sign_in(Client(), people.patient)
    response = client.post("/accounts/data/download/")
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    readme = archive.read("README.txt").decode()
    for name in ("profile.json", "journal.json", "fhir.json", "aftercare_checkin.json"):
        assert name in names and name in readme
    assert any(n.startswith("journal/") and n.endswith(".md") for n in names)
    assert MARK in archive.read("journal.json").decode()
    assert f"{MARK} note" in archive.read("aftercare_checkin.json").decode()
    assert f"{MARK}ine" in archive.read("reminders_medication.json").decode()
    profile = json.loads(archive.read("profile.json"))
    assert profile["email"] == people.patient.email and profile["theme"] == "device"
    assert "token_hash" not in " ".join(
        archive.read(n).decode() for n in names if n.endswith(".json")
    )
    assert AuditEvent.objects.filter(action="data.export").exists()


def test_export_then_erase_leaves_none_of_their_words(people):
    give_pat_a_history(people)
    assert MARK in everything_readable()  # the check can find them
    client = sign_in(Client(), people.patient)
    client.post("/accounts/data/download/")
    wrong = client.post("/accounts/data/delete/", {"password": "not it"})
    assert wrong.status_code == 400 and "Nothing was deleted" in wrong.content.decode()
    assert MARK in everything_readable()
    response = client.post("/accounts/data/delete/", {"password": PASSWORD})
    assert response["Location"] == "/accounts/data/erased/"
    left = everything_readable()
    assert MARK not in left and people.patient.email not in left
    assert "Pat Patient" not in left
    event = AuditEvent.objects.get(action="account.erase")
    assert event.detail["by_staff"] == 0 and MARK not in json.dumps(event.detail)
    assert client.get("/today/").status_code == 302  # signed out
    assert Client().get("/accounts/data/erased/").status_code == 200


def test_a_clinic_admin_erases_on_request_with_the_email_typed(people):
    give_pat_a_history(people)
    url = f"/accounts/data/patients/{people.pat.pk}/erase/"
    admin = sign_in(Client(), people.admin)
    page = admin.post(url, {"email": "someone@else.example"})
    assert "Nothing was erased" in page.content.decode()
    assert MARK in everything_readable()
    admin.post(url, {"email": people.patient.email.upper()})
    assert MARK not in everything_readable()
    assert AuditEvent.objects.get(action="account.erase").detail["by_staff"] == 1


def test_who_may_use_the_data_pages(people):
    patients = {"anonymous": 302, "patient": 200, "other_patient": 200}
    assert_access(people, "/accounts/data/", patients)
    assert_access(people, "/accounts/data/download/", patients, method="post")
    no_password = {"anonymous": 302, "patient": 400, "other_patient": 400}
    assert_access(people, "/accounts/data/delete/", no_password, method="post")


def test_only_the_clinics_admin_may_erase_a_patient(people):
    url = f"/accounts/data/patients/{people.pat.pk}/erase/"
    assert_access(people, url, {"anonymous": 302, "admin": 200})


def test_the_download_leaves_out_what_only_the_care_team_sees(people):
    give_pat_a_history(people)
    archive = zipfile.ZipFile(
        io.BytesIO(sign_in(Client(), people.patient).post("/accounts/data/download/").content)
    )
    sessions = archive.read("integration_integrationsession.json").decode()
    assert f"{MARK} agenda" in sessions and "working note" not in sessions


def test_erasure_keeps_the_clinics_records_and_what_the_person_did_as_staff(people):
    from afterglow.accounts.models import Invitation
    from afterglow.clinics.models import Membership, Patient
    from afterglow.treatments.models import TreatmentSession

    give_pat_a_history(people)
    # Cara, a clinician, is also a patient of the clinic.
    cara = Patient.objects.create(user=people.clinician, clinic=people.clinic)
    write(cara, body=f"Cara's own {MARK} entry")
    Invitation.objects.create(
        clinic=people.clinic,
        email="new@example.com",
        full_name="New Person",
        role="patient",
        invited_by=people.clinician,
        token_hash="x" * 64,
    )
    olive_session = completed_session(people.other_patient.patient, ended=timezone.now())
    erase_patient(patient=cara, by=people.clinician, request=None)
    assert Membership.objects.filter(user=people.clinician).exists()
    assert Invitation.objects.filter(invited_by=people.clinician).exists()
    assert TreatmentSession.objects.filter(pk=olive_session.pk).exists()
    assert f"Cara's own {MARK}" not in everything_readable()
    # Pat's erasure keeps the clinic's records, with Pat's own words blanked.
    erase_patient(patient=people.pat, by=people.patient, request=None)
    kept = IntegrationSession.objects.get(patient=people.pat)
    assert kept.agenda_topics is None and kept.insights == "Therapist's own working note"
    assert TreatmentSession.objects.filter(patient=people.pat).exists()
    assert MARK not in everything_readable()
