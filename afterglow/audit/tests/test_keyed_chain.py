"""The chain is keyed: someone with the database and the app's code, but not the audit key,
cannot rewrite it unseen."""

import hashlib
import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import override_settings

from afterglow.audit import keys
from afterglow.audit.models import GENESIS, AuditEvent, ChainHead
from afterglow.audit.services import record, verify_chain

ATTACKER_KEY = "mine:" + "bWluZS1taW5lLW1pbmUtbWluZS1taW5lLW1pbmUtbWk="


@pytest.fixture
def events(db):
    return [record(action=f"test.event{i}", detail={"n": i}) for i in range(4)]


def rewrite(event_id: int, hashing) -> None:
    """What someone with write access does: change an event, then recompute every hash after
    it with ``hashing(event) -> hex`` and move the head to the new end."""
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET outcome = 'success', action = 'auth.login' WHERE id = %s",
            [event_id],
        )
    prev = AuditEvent.objects.filter(id__lt=event_id).order_by("-id").first()
    prev_hash = prev.hash if prev else GENESIS
    for event in AuditEvent.objects.filter(id__gte=event_id).order_by("id"):
        event.prev_hash = prev_hash
        new_hash = hashing(event)
        with connection.cursor() as cursor:
            cursor.execute(
                "UPDATE audit_auditevent SET prev_hash = %s, hash = %s, key_id = %s WHERE id = %s",
                [prev_hash, new_hash, event.key_id, event.id],
            )
        prev_hash = new_hash
    ChainHead.objects.filter(id=1).update(last_hash=prev_hash)


def unkeyed(event: AuditEvent) -> str:
    return hashlib.sha256(f"{event.prev_hash}|{event.canonical()}".encode()).hexdigest()


def test_each_event_is_signed_with_the_first_audit_key(events):
    assert {e.key_id for e in events} == {"audit2"}
    assert verify_chain() == (True, "4 events, chain intact")


def test_an_edit_with_recomputed_unkeyed_hashes_is_caught(events):
    denied = record(action="auth.login_failed", outcome="denied")
    rewrite(denied.id, unkeyed)
    ok, message = verify_chain()
    assert not ok and f"event {denied.id}" in message


def test_an_edit_passed_off_as_an_event_from_before_the_key_is_caught(events):
    def as_legacy(event):
        event.key_id = ""
        return unkeyed(event)

    rewrite(events[1].id, as_legacy)
    ok, message = verify_chain()
    assert not ok and "not signed as events of its time are" in message


def test_an_edit_signed_with_another_key_is_caught(events):
    def with_own_key(event):
        event.key_id = "mine"
        with override_settings(AFTERGLOW_AUDIT_KEYS=ATTACKER_KEY):
            return event.compute_hash()

    rewrite(events[2].id, with_own_key)
    ok, message = verify_chain()
    assert not ok and "'mine' is not configured" in message


def test_a_changed_head_is_caught(events):
    ChainHead.objects.filter(id=1).update(legacy_last_id=events[-1].id)
    ok, message = verify_chain()
    assert not ok and "head was changed" in message


def test_deleting_the_newest_events_and_moving_the_head_back_is_caught(events):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id >= %s", [events[2].id])
    ChainHead.objects.filter(id=1).update(last_hash=events[1].hash, count=2)
    ok, message = verify_chain()
    assert not ok and "head was changed" in message


def test_a_missing_head_is_caught(events):
    ChainHead.objects.all().delete()
    assert verify_chain() == (False, "the chain's head is missing")


def test_keys_rotate_new_events_signed_with_the_new_key_old_ones_still_verify(events):
    new = "audit3:" + "YXVkaXQtMy1hdWRpdC0zLWF1ZGl0LTMtYXVkaXQtMy0="
    with override_settings(AFTERGLOW_AUDIT_KEYS=f"{new},audit2:{_key_text('audit2')}"):
        later = record(action="test.after_rotation")
        assert later.key_id == "audit3"
        assert verify_chain()[0] is True
    with override_settings(AFTERGLOW_AUDIT_KEYS=new):
        ok, message = verify_chain()
    assert not ok and "'audit2' is not configured" in message


def _key_text(kid: str) -> str:
    import base64

    return base64.urlsafe_b64encode(keys.keyring().keys[kid]).decode()


@pytest.mark.parametrize("same_as", ["encryption", "secret"])
def test_the_audit_key_must_be_a_key_of_its_own(settings, same_as):
    import base64

    if same_as == "encryption":
        spec = settings.AFTERGLOW_ENCRYPTION_KEYS.split(",")[0]
    else:
        settings.SECRET_KEY = "s" * 32
        spec = "k:" + base64.urlsafe_b64encode(b"s" * 32).decode()
    with override_settings(AFTERGLOW_AUDIT_KEYS=spec), pytest.raises(ImproperlyConfigured):
        keys.keyring()


def legacy_chain(count: int) -> list[AuditEvent]:
    """Events as the app wrote them before the chain was keyed (plain SHA-256)."""
    ChainHead.objects.all().delete()
    prev, made = GENESIS, []
    for i in range(count):
        event = AuditEvent(action=f"old.event{i}", prev_hash=prev, key_id="")
        event.hash = event.legacy_hash()
        event.save()
        prev = event.hash
        made.append(event)
    ChainHead.objects.create(id=1, last_hash=prev)
    return made


def keying_migration():
    module = importlib.import_module("afterglow.audit.migrations.0002_keyed_chain")
    module.record_boundary(apps, None)


def test_an_existing_chain_verifies_by_the_old_rule_up_to_the_recorded_boundary(db):
    old = legacy_chain(3)
    keying_migration()
    head = ChainHead.objects.get()
    assert (head.legacy_last_id, head.legacy_count, head.count) == (old[-1].id, 3, 3)
    new = record(action="test.after_keying")
    assert new.prev_hash == old[-1].hash and new.key_id == "audit2"
    assert verify_chain() == (True, "4 events, chain intact")


def test_an_old_event_rewritten_with_unkeyed_hashes_is_caught_after_the_boundary(db):
    old = legacy_chain(3)
    keying_migration()
    record(action="test.after_keying")

    def legacy(event):
        return unkeyed(event) if not event.key_id else event.hash

    rewrite(old[1].id, legacy)
    assert verify_chain()[0] is False


def test_an_old_chain_rewritten_whole_before_the_first_keyed_event_is_caught(db):
    old = legacy_chain(3)
    keying_migration()
    rewrite(old[0].id, unkeyed)  # every legacy hash recomputed, head moved: the boundary holds
    ok, message = verify_chain()
    assert not ok and "before the keyed chain were changed" in message
