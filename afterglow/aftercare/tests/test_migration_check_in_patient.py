"""Check-ins saved before 0005 get their session's patient when it runs."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("aftercare", "0004_feeling_order")]
AFTER = [("aftercare", "0005_check_in_patient")]


@pytest.mark.django_db(transaction=True)
def test_existing_check_ins_get_their_patient():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    User = old.get_model("accounts", "User")
    Clinic = old.get_model("clinics", "Clinic")
    Patient = old.get_model("clinics", "Patient")
    Session = old.get_model("treatments", "TreatmentSession")
    CheckIn = old.get_model("aftercare", "CheckIn")
    clinic = Clinic.objects.create(name="Old", slug="old-migration")
    user = User.objects.create(email="old@example.com", full_name="Old Timer")
    patient = Patient.objects.create(user=user, clinic=clinic)
    now = timezone.now()
    session = Session.objects.create(
        patient=patient, modality="iv", status="completed", starts_at=now, ends_at=now
    )
    check = CheckIn.objects.create(
        session=session, kind="evening", mood=3, created_at=now + timedelta(hours=5)
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    assert new.get_model("aftercare", "CheckIn").objects.get(pk=check.pk).patient_id == patient.pk
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # leave the database as it was
