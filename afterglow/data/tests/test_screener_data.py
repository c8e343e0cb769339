"""The screener in a patient's data: in the download, and erased with the account as the
other questionnaires are (the flag it raised stays, as the clinic's record, with codes)."""

import io
import json
import uuid
import zipfile

from django.test import Client

from afterglow.data.erase import erase_patient
from afterglow.outcomes.models import Response, Screening
from afterglow.outcomes.services import screening_submit
from afterglow.safety.models import Flag
from afterglow.testing.outcomes import answer
from afterglow.testing.people import sign_in

HIGH = {"q1": True, "q2": True, "q3": False, "q4": False, "q5": True, "q6": False}


def screen(people):
    return screening_submit(
        patient=people.pat, answers=HIGH, origin="concern", nonce=uuid.uuid4(), request=None
    )[0]


def test_the_download_holds_the_screeners(people):
    screening = screen(people)
    response = sign_in(Client(), people.patient).post("/accounts/data/download/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    (row,) = json.loads(archive.read("outcomes_screening.json"))
    assert row["id"] == str(screening.pk) and row["level"] == "high"
    assert row["answers"]["q5"] is True and row["origin"] == "concern"
    assert "nonce" in row  # everything stored is theirs to see
    readme = archive.read("README.txt").decode()
    assert "outcomes_screening.json" in readme and "safety screener (C-SSRS)" in readme
    fhir = json.loads(archive.read("fhir.json"))
    assert str(screening.pk) in {e["resource"]["id"] for e in fhir["entry"]}


def test_erasure_takes_the_screeners_as_it_takes_the_other_answers(people):
    screen(people)
    answer(people.pat, "gad7", [1] * 7)
    removed = erase_patient(patient=people.pat, by=people.patient, request=None)
    assert removed["outcomes.Screening"] == 1 and removed["outcomes.Response"] == 1
    assert not Screening.objects.exists() and not Response.objects.exists()
    flag = Flag.objects.get(patient=people.pat)  # the clinic's record, codes only
    assert flag.reasons == ["cssrs_high"]
