"""The summary is in the patient's data download and goes with the account."""

import io
import zipfile

from django.test import Client

from afterglow.data.tests.test_export_and_erase import everything_readable
from afterglow.testing.people import PASSWORD, sign_in
from afterglow.visits.tests.helpers import share

MARK = "lanternmarker"


def test_the_summary_is_in_the_download(people):
    share(people, questions=f"My {MARK} question")
    response = sign_in(Client(), people.patient).post("/accounts/data/download/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    rows = archive.read("visits_visitsummary.json").decode()
    assert f"My {MARK} question" in rows and '"shared_at"' in rows
    readme = archive.read("README.txt").decode()
    assert "visits_visitsummary.json" in readme and "summaries for the next visit" in readme


def test_erasure_takes_the_summary(people):
    share(people, questions=f"My {MARK} question")
    assert MARK in everything_readable()
    sign_in(Client(), people.patient).post("/accounts/data/delete/", {"password": PASSWORD})
    assert MARK not in everything_readable()
