"""The offline queue's ids are deleted after 30 days, and claims abandoned for an hour are
freed, by an idempotent command that `make run` runs with the reminders."""

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Entry
from afterglow.pwa.models import OfflineSend
from afterglow.testing.people import sign_in

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def sent(user, age, status=302):
    return OfflineSend.objects.create(
        user=user, key=uuid.uuid4(), status=status, created_at=NOW - age
    )


def test_old_ids_and_abandoned_claims_go_and_the_rest_stay(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    old = sent(people.patient, timedelta(days=30, minutes=1))
    kept = sent(people.patient, timedelta(days=29, hours=23))
    dead = sent(people.other_patient, timedelta(hours=1, minutes=1), status=0)
    busy = sent(people.other_patient, timedelta(minutes=5), status=0)
    call_command("delete_old_offline_sends", verbosity=0)
    left = set(OfflineSend.objects.values_list("pk", flat=True))
    assert left == {kept.pk, busy.pk} and not left & {old.pk, dead.pk}
    [event] = AuditEvent.objects.filter(action="pwa.offline_sends_delete")
    assert event.detail == {"deleted": 1, "freed": 1, "days": 30} and event.actor is None


def test_it_is_idempotent(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    sent(people.patient, timedelta(days=40))
    for _ in range(3):
        call_command("delete_old_offline_sends", verbosity=0)
    assert not OfflineSend.objects.exists()
    assert AuditEvent.objects.filter(action="pwa.offline_sends_delete").count() == 1


def test_the_retention_can_be_longer_but_never_none(people, time_machine, capsys):
    time_machine.move_to(NOW, tick=False)
    sent(people.patient, timedelta(days=40))
    call_command("delete_old_offline_sends", days=60)
    assert "Deleted 0 offline send id(s)." in capsys.readouterr().out
    assert OfflineSend.objects.count() == 1
    with pytest.raises(CommandError):
        call_command("delete_old_offline_sends", days=0)


def test_a_freed_claim_lets_the_devices_next_try_be_saved(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    key = uuid.uuid4()
    OfflineSend.objects.create(user=people.patient, key=key, created_at=NOW - timedelta(hours=2))
    client = sign_in(Client(), people.patient)
    data = {"body": "Still here", "mood": 3}
    new = reverse("journal:new")
    assert client.post(new, data, HTTP_IDEMPOTENCY_KEY=str(key)).status_code == 409
    call_command("delete_old_offline_sends", verbosity=0)
    assert client.post(new, data, HTTP_IDEMPOTENCY_KEY=str(key)).status_code == 302
    assert Entry.objects.count() == 1


def test_make_run_runs_it_with_the_reminders():
    makefile = (Path(__file__).resolve().parents[3] / "Makefile").read_text()
    run = re.search(r"^run:.*?(?=^\S)", makefile, re.S | re.M).group(0)
    assert "send_reminders" in run and "delete_old_offline_sends" in run
