import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from afterglow.audit.models import AuditEvent
from afterglow.audit.services import record, verify_chain


@pytest.fixture
def three_events(db):
    return [record(action=f"test.event{i}", detail={"n": i}) for i in range(3)]


def test_it_links_each_event_to_the_previous_one(three_events):
    first, second, third = three_events
    assert second.prev_hash == first.hash
    assert third.prev_hash == second.hash
    assert verify_chain()[0] is True
    call_command("verify_audit")


def test_it_detects_an_edited_event(three_events):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET action = 'x' WHERE id = %s", [three_events[1].id]
        )
    ok, message = verify_chain()
    assert not ok and f"event {three_events[1].id}" in message
    with pytest.raises(CommandError):
        call_command("verify_audit")


def test_it_detects_a_deleted_event(three_events):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [three_events[1].id])
    assert verify_chain()[0] is False


def test_it_detects_the_newest_event_deleted(three_events):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [three_events[2].id])
    ok, message = verify_chain()
    assert not ok and "newest" in message


def test_events_cannot_be_changed_or_deleted_through_the_orm(three_events):
    event = AuditEvent.objects.get(pk=three_events[0].pk)
    event.action = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


@pytest.mark.parametrize("value", ["a long note\nwith lines", "x" * 65, ["a list"], {"a": 1}])
def test_it_refuses_free_text_in_details(db, value):
    with pytest.raises(ValueError):
        record(action="test.event", detail={"note": value})
