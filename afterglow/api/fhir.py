"""A patient's record as a FHIR R4 ``Bundle`` (type collection), each resource built and
validated with the ``fhir.resources`` package (its R4B models: FHIR 4.3, whose Patient,
QuestionnaireResponse, Observation, Procedure, Encounter and MedicationStatement have R4's
shape).

- Patient: name, birth date, the clinic's identifier system with Afterglow's id.
- Each PHQ-9 and GAD-7: a QuestionnaireResponse (every item's answer) and its total as an
  Observation (LOINC 44261-6 / 70274-6, category survey, a numeric valueQuantity); PHQ-9
  item 9 also as its own Observation (44260-8).
- Each C-SSRS screener: a QuestionnaireResponse, one item per question asked (linkId "1"…"6",
  "6a" for "within the past 3 months?", valueBoolean) and the level (linkId "level", a
  Coding in our own CodeSystem). Its Questionnaire is named by Afterglow's own canonical
  URL: no LOINC code is given that we could not check against LOINC itself.
- Treatment sessions as Procedures; integration sessions as Encounters; the patient's
  medicines as MedicationStatements (their words, as text: no coding is guessed).
- Each message of the patient's conversation with their care team: a Communication (sender
  and recipient: the patient, or the care team member by name; the words as payload).
"""

import json
import uuid
from typing import Any

from django.conf import settings
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.communication import Communication
from fhir.resources.R4B.encounter import Encounter
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient as FhirPatient
from fhir.resources.R4B.procedure import Procedure
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from afterglow.clinics.models import Patient
from afterglow.conversations.models import Message
from afterglow.integration.models import IntegrationSession
from afterglow.outcomes.instruments import INSTRUMENTS
from afterglow.outcomes.models import Response, Screening
from afterglow.reminders.models import Medication
from afterglow.treatments.models import TreatmentSession

LOINC = "http://loinc.org"
SURVEY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
SCORE_UNIT = {"unit": "{score}", "system": "http://unitsofmeasure.org", "code": "{score}"}
PROCEDURE_STATUS = {"completed": "completed", "scheduled": "preparation"}
ENCOUNTER_STATUS = {"done": "finished", "scheduled": "planned", "expected": "planned"}
MODALITY_TEXT = {"iv": "IV ketamine infusion", "spravato": "Esketamine (Spravato) nasal spray"}


def _iso(moment: Any) -> str:
    return moment.isoformat()


def resources_for(patient: Patient) -> list[Any]:
    ref = {"reference": f"urn:uuid:{patient.pk}"}
    built: list[Any] = [_patient(patient)]
    for response in Response.objects.filter(patient=patient).order_by("created_at"):
        built += _questionnaire(response, ref)
    for screening in Screening.objects.filter(patient=patient).order_by("created_at"):
        built.append(_screening(screening, ref))
    for session in TreatmentSession.objects.filter(patient=patient).order_by("starts_at"):
        if session.status in PROCEDURE_STATUS:
            built.append(_procedure(session, ref))
    for meeting in IntegrationSession.objects.filter(patient=patient).order_by("created_at"):
        built.append(_encounter(meeting, ref))
    for medicine in Medication.objects.filter(patient=patient).order_by("created_at"):
        built.append(_medication(medicine, ref))
    for message in Message.objects.filter(conversation__patient=patient).select_related("author"):
        built.append(_communication(message, ref))
    return built


def bundle_for(patient: Patient) -> Bundle:
    entries = [
        {"fullUrl": f"urn:uuid:{resource.id}", "resource": resource}
        for resource in resources_for(patient)
    ]
    return Bundle.model_validate({"resourceType": "Bundle", "type": "collection", "entry": entries})


def bundle_json(patient: Patient) -> str:
    return bundle_for(patient).model_dump_json(exclude_none=True)


def bundle_dict(patient: Patient) -> dict[str, Any]:
    return json.loads(bundle_json(patient))


def _patient(patient: Patient) -> FhirPatient:
    user = patient.user
    data: dict[str, Any] = {
        "resourceType": "Patient",
        "id": str(patient.pk),
        "identifier": [
            {"system": f"{settings.AFTERGLOW_BASE_URL}/patients", "value": str(patient.pk)}
        ],
        "name": [{"text": user.full_name}],
        "telecom": [{"system": "email", "value": user.email}],
    }
    if patient.date_of_birth:
        data["birthDate"] = patient.date_of_birth.isoformat()
    return FhirPatient.model_validate(data)


def _questionnaire(response: Response, ref: dict[str, str]) -> list[Any]:
    spec = INSTRUMENTS[response.instrument]
    answered = _iso(response.created_at)
    qr = QuestionnaireResponse.model_validate(
        {
            "resourceType": "QuestionnaireResponse",
            "id": str(response.pk),
            "questionnaire": f"{LOINC}/q/{spec.loinc_panel}",
            "status": "completed",
            "subject": ref,
            "authored": answered,
            "item": [
                {
                    "linkId": str(n + 1),
                    "text": str(item),  # the wording in the reader's language
                    "answer": [{"valueInteger": value}],
                }
                for n, (item, value) in enumerate(zip(spec.items, response.answers, strict=False))
            ],
        }
    )
    found = [
        _observation(
            f"{response.pk}-total",
            spec.loinc_total,
            f"{spec.name} total score",
            response.total,
            answered,
            ref,
            str(response.pk),
        )
    ]
    for index, code in spec.loinc_items.items():
        found.append(
            _observation(
                f"{response.pk}-item{index + 1}",
                code,
                f"{spec.name} item {index + 1}",
                response.answers[index],
                answered,
                ref,
                str(response.pk),
            )
        )
    return [qr, *found]


def _observation(
    key: str, code: str, text: str, value: int, when: str, ref: dict[str, str], source: str
) -> Observation:
    return Observation.model_validate(
        {
            "resourceType": "Observation",
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, key)),
            "status": "final",
            "category": [SURVEY],
            "code": {"coding": [{"system": LOINC, "code": code, "display": text}], "text": text},
            "subject": ref,
            "effectiveDateTime": when,
            "valueQuantity": {"value": value, **SCORE_UNIT},
            "derivedFrom": [{"reference": f"urn:uuid:{source}"}],
        }
    )


def cssrs_canonical(kind: str) -> str:
    """Afterglow's own canonical URL for the screener's Questionnaire or its levels."""
    return f"{settings.AFTERGLOW_BASE_URL}/fhir/{kind}"


def _screening(screening: Screening, ref: dict[str, str]) -> QuestionnaireResponse:
    items: list[dict[str, Any]] = [
        {"linkId": q.number, "text": str(q.text), "answer": [{"valueBoolean": answer}]}
        for q, answer in screening.rows()
        if answer is not None  # not asked (the skip logic): no item, as FHIR expects
    ]
    level = {
        "system": cssrs_canonical("CodeSystem/cssrs-screener-level"),
        "code": screening.level,
        "display": str(screening.get_level_display()),
    }
    items.append({"linkId": "level", "text": "Triage level", "answer": [{"valueCoding": level}]})
    return QuestionnaireResponse.model_validate(
        {
            "resourceType": "QuestionnaireResponse",
            "id": str(screening.pk),
            "questionnaire": cssrs_canonical("Questionnaire/cssrs-screener"),
            "status": "completed",
            "subject": ref,
            "authored": _iso(screening.created_at),
            "item": items,
        }
    )


def _procedure(session: TreatmentSession, ref: dict[str, str]) -> Procedure:
    period = {"start": _iso(session.starts_at)}
    if session.ends_at:
        period["end"] = _iso(session.ends_at)
    return Procedure.model_validate(
        {
            "resourceType": "Procedure",
            "id": str(session.pk),
            "status": PROCEDURE_STATUS[session.status],
            "code": {"text": MODALITY_TEXT.get(session.modality, session.modality)},
            "subject": ref,
            "performedPeriod": period,
        }
    )


def _encounter(meeting: IntegrationSession, ref: dict[str, str]) -> Encounter:
    data: dict[str, Any] = {
        "resourceType": "Encounter",
        "id": str(meeting.pk),
        "status": ENCOUNTER_STATUS.get(meeting.status, "planned"),
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "AMB",
            "display": "ambulatory",
        },
        "type": [{"text": "Integration session (psychotherapy)"}],
        "subject": ref,
    }
    if meeting.scheduled_for:
        data["period"] = {"start": _iso(meeting.scheduled_for)}
    return Encounter.model_validate(data)


def _medication(medicine: Medication, ref: dict[str, str]) -> MedicationStatement:
    data: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": str(medicine.pk),
        "status": "active" if medicine.active else "stopped",
        "medicationCodeableConcept": {"text": medicine.name},
        "subject": ref,
        "dateAsserted": _iso(medicine.created_at),
        "informationSource": ref,
    }
    if medicine.dose or medicine.times:
        words = medicine.dose or ""
        if medicine.times:
            words = f"{words} at {', '.join(medicine.times)}".strip()
        data["dosage"] = [{"text": words}]
    return MedicationStatement.model_validate(data)


def _communication(message: Message, ref: dict[str, str]) -> Communication:
    author = message.author
    team = {"display": author.full_name if author and not message.from_patient else "Care team"}
    return Communication.model_validate(
        {
            "resourceType": "Communication",
            "id": str(message.pk),
            "status": "completed",
            "subject": ref,
            "sent": _iso(message.created_at),
            "sender": ref if message.from_patient else team,
            "recipient": [{"display": "Care team"} if message.from_patient else ref],
            "payload": [{"contentString": message.body}],
        }
    )
