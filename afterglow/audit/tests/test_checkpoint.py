"""A checkpoint kept away from the database finds what the chain alone cannot: the newest
events deleted and an old head put back, or a rewrite by someone who has the key."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from afterglow.audit import keys
from afterglow.audit.models import GENESIS, AuditEvent, ChainHead
from afterglow.audit.services import record, verify_chain


@pytest.fixture
def events(db):
    return [record(action=f"test.event{i}", detail={"n": i}) for i in range(5)]


@pytest.fixture
def saved(events, tmp_path):
    path = tmp_path / "checkpoint.json"
    call_command("audit_checkpoint", str(path))
    return path


def test_it_writes_the_head_the_count_and_a_mac(events, saved):
    data = json.loads(saved.read_text())
    assert data["count"] == 5 and data["last_id"] == events[-1].id
    assert data["head"] == events[-1].hash and data["key_id"] == "audit2"
    assert len(data["mac"]) == 64


def test_a_log_that_grew_since_the_checkpoint_verifies(events, saved, capsys):
    record(action="test.later")
    call_command("verify_audit", checkpoint=str(saved))
    assert "6 events, chain intact" in capsys.readouterr().out


def test_deleting_the_newest_events_is_caught_against_a_checkpoint(events, saved):
    # Someone with the database kept an older head row, deletes the newest events and puts
    # that head back: the chain alone looks whole.
    record(action="test.later")
    old_head = ChainHead.objects.values().get()
    record(action="auth.login_failed", outcome="denied")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id > %s", [events[-1].id])
    old_head["count"] = 5
    old_head["last_hash"] = events[-1].hash
    ChainHead.objects.filter(id=1).update(**old_head)
    head = ChainHead.objects.get()
    head.seal()  # as if they had saved a head of that moment, with its MAC
    head.save()
    assert verify_chain()[0] is True
    call_command("verify_audit", checkpoint=str(saved))  # still everything the checkpoint saw
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id >= %s", [events[3].id])
    head.count, head.last_hash = 3, events[2].hash
    head.seal()
    head.save()
    assert verify_chain()[0] is True
    with pytest.raises(CommandError, match="fewer than the 5 of the checkpoint"):
        call_command("verify_audit", checkpoint=str(saved))


def test_a_rewrite_by_someone_holding_the_key_is_caught_against_a_checkpoint(events, saved):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = 'x' WHERE id = %s", [events[1].id])
    prev = events[0].hash
    for event in AuditEvent.objects.filter(id__gte=events[1].id).order_by("id"):
        event.prev_hash = prev
        prev = event.compute_hash()
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE audit_auditevent SET prev_hash = %s, hash = %s WHERE id = %s",
                [event.prev_hash, prev, event.id],
            )
    head = ChainHead.objects.get()
    head.last_hash = prev
    head.seal()
    head.save()
    assert verify_chain()[0] is True
    with pytest.raises(CommandError, match=f"event {events[-1].id}.*rewritten"):
        call_command("verify_audit", checkpoint=str(saved))


@pytest.mark.parametrize(
    "edit",
    [
        {"count": 3},
        {"last_id": 1},
        {"head": GENESIS},
        {"taken_at": "2030-01-01T00:00:00+00:00"},
        {"mac": "0" * 64},
    ],
)
def test_an_edited_checkpoint_is_refused(saved, edit):
    data = json.loads(saved.read_text())
    saved.write_text(json.dumps({**data, **edit}))
    with pytest.raises(CommandError, match="was edited"):
        call_command("verify_audit", checkpoint=str(saved))


@pytest.mark.parametrize("content", ["", "not json", '{"count": 1}', "[]"])
def test_a_file_that_is_not_a_checkpoint_is_refused(db, tmp_path, content):
    path = tmp_path / "other.json"
    path.write_text(content)
    with pytest.raises(CommandError, match="not an audit checkpoint"):
        call_command("verify_audit", checkpoint=str(path))


def test_no_checkpoint_is_written_of_a_broken_chain(events, tmp_path):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = 'x' WHERE id = %s", [events[1].id])
    path = tmp_path / "checkpoint.json"
    with pytest.raises(CommandError, match="no checkpoint written"):
        call_command("audit_checkpoint", str(path))
    assert not path.exists()


def test_a_checkpoint_of_an_empty_log_holds(db, tmp_path):
    AuditEvent.objects.all()._raw_delete(AuditEvent.objects.db)
    ChainHead.objects.all().delete()
    path = tmp_path / "empty.json"
    call_command("audit_checkpoint", str(path))
    call_command("verify_audit", checkpoint=str(path))
    assert keys.current_key_id() == json.loads(path.read_text())["key_id"]
