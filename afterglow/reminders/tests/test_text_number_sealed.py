"""Phone numbers are encrypted at rest, found for STOP/START by a keyed hash that follows key
rotation, and the migration seals the numbers stored before it (and unseals them, reversed)."""

import base64
import os
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client, override_settings
from django.urls import reverse

from afterglow.lib import crypto
from afterglow.lib.rotation import rotate_all
from afterglow.reminders.channels.sms import services
from afterglow.reminders.models import TextNumber
from afterglow.reminders.tests import test_texts
from afterglow.reminders.tests.test_texts import NUMBER, signed_post

twilio = test_texts.twilio  # the provider's stub, so the webhook's signature checks
NEW_KEY = "new:" + base64.urlsafe_b64encode(os.urandom(32)).decode()
VERIFIED = datetime(2026, 3, 1, tzinfo=UTC)


def stored(pk):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT number, number_hash FROM reminders_textnumber WHERE id = %s",
            [pk.hex if connection.vendor == "sqlite" else pk],
        )
        return cursor.fetchone()


def test_the_number_is_kept_only_encrypted(people):
    number = TextNumber.objects.create(user=people.patient, number=NUMBER, verified_at=VERIFIED)
    sealed, hashed = stored(number.pk)
    digits = NUMBER.lstrip("+")
    assert sealed.startswith("ag1:") and digits not in sealed
    assert digits not in hashed and digits[-4:] not in hashed
    assert TextNumber.objects.get().number == NUMBER


def test_stop_finds_the_number_by_its_hash_in_any_writing(people, twilio):
    TextNumber.objects.create(user=people.patient, number=NUMBER, verified_at=VERIFIED)
    TextNumber.objects.create(
        user=people.other_patient, number="+13125550199", verified_at=VERIFIED
    )
    url = reverse("reminders:sms_inbound")
    assert (
        signed_post(Client(), url, {"From": "+1 312-555-0142", "Body": "STOP"}).status_code == 200
    )
    assert not TextNumber.objects.get(user=people.patient).texts_ok
    assert TextNumber.objects.get(user=people.other_patient).texts_ok


def test_stop_still_works_while_keys_rotate_and_after(people, settings):
    old = settings.AFTERGLOW_ENCRYPTION_KEYS
    TextNumber.objects.create(user=people.patient, number=NUMBER, verified_at=VERIFIED)
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=f"{NEW_KEY},{old}"):
        assert services.text_keyword_receive(number=NUMBER, body="STOP") == 1  # old hash found
        report = rotate_all()
        assert report.reindexed >= 1
        sealed, hashed = stored(TextNumber.objects.get().pk)
        assert crypto.key_id_of(sealed) == "new" and hashed.startswith("new:")
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=NEW_KEY):
        assert services.text_keyword_receive(number=NUMBER, body="START") == 1
        assert TextNumber.objects.get().texts_ok and TextNumber.objects.get().number == NUMBER


BEFORE = [("reminders", "0004_delivery_capped")]
AFTER = [("reminders", "0007_text_number_sealed_swap")]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_seals_stored_numbers_and_unseals_them_reversed():
    old = migrate(BEFORE)
    User = old.get_model("accounts", "User")
    user = User.objects.create(email="texts@example.com", full_name="Old Number")
    old.get_model("reminders", "TextNumber").objects.create(
        user=user, number=NUMBER, verified_at=VERIFIED, code_tries=2
    )
    try:
        migrate(AFTER)
        row = TextNumber.objects.get(user_id=user.pk)
        assert row.number == NUMBER and row.code_tries == 2 and row.verified_at == VERIFIED
        sealed, _ = stored(row.pk)
        assert NUMBER.lstrip("+") not in sealed
        assert services.text_keyword_receive(number=NUMBER, body="STOP") == 1

        back = migrate(BEFORE)
        plain = back.get_model("reminders", "TextNumber").objects.get(user_id=user.pk)
        assert plain.number == NUMBER and plain.stopped_at is not None and plain.code_tries == 2
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())  # leave the database as it was
