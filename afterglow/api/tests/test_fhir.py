"""The FHIR export: every resource valid under fhir.resources, LOINC where it belongs."""

from datetime import timedelta

from django.test import Client
from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle

from afterglow.api.fhir import bundle_json
from afterglow.integration.models import IntegrationSession
from afterglow.reminders.models import Medication
from afterglow.testing.outcomes import answer
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session, scheduled_session


def test_the_bundle_holds_every_kind_and_validates(people):
    pat = people.pat
    answer(pat, "phq9", [1, 2, 1, 0, 1, 1, 0, 1, 1], difficulty=1)
    answer(pat, "gad7", [1] * 7, difficulty=0)
    completed_session(pat, ended=timezone.now() - timedelta(days=3), modality="iv")
    scheduled_session(pat, starts=timezone.now() + timedelta(days=3))
    IntegrationSession.objects.create(patient=pat, scheduled_for=timezone.now(), status="done")
    Medication.objects.create(patient=pat, name="Sertraline", dose="one tablet", times=["08:00"])
    bundle = Bundle.model_validate_json(bundle_json(pat))  # validates every resource again
    kinds = [entry.resource.__resource_type__ for entry in bundle.entry]
    assert kinds.count("Patient") == 1 and kinds.count("QuestionnaireResponse") == 2
    assert kinds.count("Procedure") == 2 and kinds.count("Encounter") == 1
    assert kinds.count("MedicationStatement") == 1
    observations = {
        o.resource.code.coding[0].code: o.resource
        for o in bundle.entry
        if o.resource.__resource_type__ == "Observation"
    }
    assert set(observations) == {"44261-6", "70274-6", "44260-8"}
    phq9 = observations["44261-6"]
    assert float(phq9.valueQuantity.value) == 8 and phq9.category[0].coding[0].code == "survey"
    assert float(observations["44260-8"].valueQuantity.value) == 1  # item 9 on its own
    assert float(observations["70274-6"].valueQuantity.value) == 7
    ids = [entry.fullUrl for entry in bundle.entry]
    assert len(ids) == len(set(ids))


def test_the_care_team_downloads_it_and_it_is_audited(people):
    from afterglow.audit.models import AuditEvent

    client = sign_in(Client(), people.clinician)
    response = client.get(f"/api/v1/patients/{people.pat.pk}/fhir")
    assert response["Content-Type"] == "application/fhir+json"
    assert Bundle.model_validate_json(response.content).type == "collection"
    assert AuditEvent.objects.filter(action="patient.fhir_export").exists()


def test_a_patient_downloads_their_own_bundle(people):
    from afterglow.api.tests.conftest import bearer

    response = Client().get("/api/v1/me/fhir", **bearer(people.patient))
    bundle = Bundle.model_validate_json(response.content)
    (patient,) = [e.resource for e in bundle.entry if e.resource.__resource_type__ == "Patient"]
    assert patient.id == str(people.pat.pk)
    assert str(people.other_patient.patient.pk) not in response.content.decode()


def test_each_screener_is_a_questionnaire_response_with_its_level(people):
    import uuid

    from afterglow.outcomes.services import screening_submit

    answers = {"q1": True, "q2": False, "q6": True, "q6_recent": True}
    screening, _ = screening_submit(
        patient=people.pat, answers=answers, origin="phq9", nonce=uuid.uuid4(), request=None
    )
    bundle = Bundle.model_validate_json(bundle_json(people.pat))
    (qr,) = [e.resource for e in bundle.entry if e.resource.id == str(screening.pk)]
    assert qr.__resource_type__ == "QuestionnaireResponse" and qr.status == "completed"
    assert qr.questionnaire.endswith("/fhir/Questionnaire/cssrs-screener")
    given = {item.linkId: item.answer[0] for item in qr.item}
    # 3–5 were not asked (a no to 2): no items for them.
    assert list(given) == ["1", "2", "6", "6a", "level"]
    assert [given[k].valueBoolean for k in ("1", "2", "6", "6a")] == [True, False, True, True]
    level = given["level"].valueCoding
    assert (level.code, level.display) == ("high", "High risk")
    assert level.system.endswith("/fhir/CodeSystem/cssrs-screener-level")
    assert "loinc" not in qr.model_dump_json()  # no code we could not check
