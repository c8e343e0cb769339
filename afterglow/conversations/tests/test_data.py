"""Messages in the patient's download, the FHIR export, and gone after erasure."""

import io
import json
import zipfile

from django.test import Client

from afterglow.api.fhir import bundle_dict
from afterglow.conversations.services import message_send
from afterglow.data.tests.test_export_and_erase import everything_readable
from afterglow.testing.people import PASSWORD, sign_in

MARK = "quillmarker"


def converse(people):
    message_send(patient=people.pat, author=people.patient, body=f"My {MARK} question")
    message_send(patient=people.pat, author=people.clinician, body=f"Our {MARK} answer")


def test_messages_are_in_the_download_and_the_fhir_export(people):
    converse(people)
    response = sign_in(Client(), people.patient).post("/accounts/data/download/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    messages = archive.read("conversations_message.json").decode()
    assert f"My {MARK} question" in messages and f"Our {MARK} answer" in messages
    assert "conversations_message.json" in archive.read("README.txt").decode()
    fhir = json.loads(archive.read("fhir.json"))
    sent = [
        e["resource"] for e in fhir["entry"] if e["resource"]["resourceType"] == "Communication"
    ]
    assert len(sent) == 2
    mine = next(c for c in sent if MARK + " question" in c["payload"][0]["contentString"])
    assert mine["sender"]["reference"] == f"urn:uuid:{people.pat.pk}"
    assert mine["status"] == "completed"


def test_fhir_names_the_clinician_who_replied(people):
    converse(people)
    bundle = bundle_dict(people.pat)
    replies = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Communication"
        and "answer" in e["resource"]["payload"][0]["contentString"]
    ]
    assert replies[0]["sender"] == {"display": "Cara Clinician"}


def test_erasure_takes_the_conversation(people):
    converse(people)
    assert MARK in everything_readable()
    client = sign_in(Client(), people.patient)
    client.post("/accounts/data/delete/", {"password": PASSWORD})
    assert MARK not in everything_readable()
