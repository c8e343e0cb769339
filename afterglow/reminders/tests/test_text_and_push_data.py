"""A patient's text number and push devices are in their data download (without the hashes
and the device's push secret) and gone after erasure."""

import io
import json
import zipfile
from datetime import UTC, datetime

from django.test import Client

from afterglow.reminders.models import PushSubscription, TextNumber
from afterglow.testing.people import PASSWORD, sign_in

NUMBER = "+13125550142"


def give_pat_a_phone(people):
    TextNumber.objects.create(
        user=people.patient, number=NUMBER, verified_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    PushSubscription.objects.create(
        user=people.patient,
        endpoint="https://fcm.googleapis.com/fcm/send/pats-phone",
        p256dh="B" + "A" * 86,
        auth="c2VjcmV0LXNlY3JldC0xMjM",
    )
    TextNumber.objects.create(user=people.other_patient, number="+13125550199")


def test_the_download_has_the_number_and_devices_but_no_hash_or_secret(people):
    give_pat_a_phone(people)
    response = sign_in(Client(), people.patient).post("/accounts/data/download/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    [number] = json.loads(archive.read("reminders_textnumber.json"))
    assert number["number"] == NUMBER and "number_hash" not in number
    assert "code_hash" not in number
    [device] = json.loads(archive.read("reminders_pushsubscription.json"))
    assert device["endpoint"].endswith("/pats-phone") and "auth" not in device
    readme = archive.read("README.txt").decode()
    assert "reminders_textnumber.json" in readme
    everything = " ".join(
        archive.read(n).decode() for n in archive.namelist() if n.endswith(".json")
    )
    assert "+13125550199" not in everything  # Olive's


def test_erasure_removes_the_number_and_devices(people):
    give_pat_a_phone(people)
    client = sign_in(Client(), people.patient)
    assert client.post("/accounts/data/delete/", {"password": PASSWORD}).status_code == 302
    assert not TextNumber.objects.filter(user=people.patient).exists()
    assert not PushSubscription.objects.filter(user=people.patient).exists()
    assert TextNumber.objects.filter(user=people.other_patient).exists()
