import base64
import logging

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings

from afterglow.lib import crypto
from afterglow.lib.fields import Ciphertext
from afterglow.lib.middleware import UndecryptableMiddleware
from afterglow.lib.rotation import rotate_all
from afterglow.testing.models import SealedNote

SECRET = "I felt the grief lift a little today"
NEW_KEY = "new:" + "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM="


def raw_body(note: SealedNote) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT body FROM testing_sealednote WHERE id = %s",
            [note.pk.hex if connection.vendor == "sqlite" else note.pk],
        )
        return cursor.fetchone()[0]


def set_raw_body(note: SealedNote, value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE testing_sealednote SET body = %s WHERE id = %s",
            [value, note.pk.hex if connection.vendor == "sqlite" else note.pk],
        )


@pytest.mark.django_db
def test_it_stores_ciphertext_and_reads_back_plaintext():
    note = SealedNote.objects.create(body=SECRET)
    stored = raw_body(note)
    assert SECRET not in stored
    assert stored.startswith("ag1:test2:")
    assert SealedNote.objects.get(pk=note.pk).body == SECRET


@pytest.mark.django_db
def test_it_keeps_none_as_null():
    note = SealedNote.objects.create(body=None)
    assert raw_body(note) is None
    assert SealedNote.objects.get(pk=note.pk).body is None


@pytest.mark.django_db
def test_it_refuses_a_tampered_value():
    note = SealedNote.objects.create(body=SECRET)
    prefix, kid, body = raw_body(note).split(":")
    raw = bytearray(base64.urlsafe_b64decode(body))
    raw[20] ^= 0x01
    set_raw_body(note, f"{prefix}:{kid}:{base64.urlsafe_b64encode(bytes(raw)).decode()}")
    with pytest.raises(crypto.DecryptionError):
        _ = SealedNote.objects.get(pk=note.pk).body


@pytest.mark.django_db
def test_it_refuses_a_ciphertext_moved_to_another_row():
    first = SealedNote.objects.create(body=SECRET)
    second = SealedNote.objects.create(body="something else")
    set_raw_body(second, raw_body(first))
    with pytest.raises(crypto.DecryptionError):
        _ = SealedNote.objects.get(pk=second.pk).body


@pytest.mark.django_db
def test_it_logs_where_but_never_what(caplog):
    note = SealedNote.objects.create(body=SECRET)
    set_raw_body(note, raw_body(note)[:-4] + "AAAA")
    with (
        caplog.at_level(logging.ERROR, logger="afterglow.crypto"),
        pytest.raises(crypto.DecryptionError),
    ):
        _ = SealedNote.objects.get(pk=note.pk).body
    assert str(note.pk) in caplog.text
    assert "grief" not in caplog.text


@pytest.mark.django_db
def test_it_refuses_plaintext_updates_and_lookups():
    SealedNote.objects.create(body=SECRET)
    with pytest.raises(TypeError):
        SealedNote.objects.update(body="plain")
    with pytest.raises(TypeError):
        list(SealedNote.objects.filter(body=SECRET))


def test_it_never_derives_keys_from_secret_key():
    ring = crypto.parse_keys("a:" + crypto.new_key() + ",b:" + crypto.new_key())
    assert ring.current_id == "a" and set(ring.keys) == {"a", "b"}


@pytest.mark.parametrize("spec", ["", "nokey", "a:short", "a:%%%", "a:{k},a:{k}"])
def test_it_rejects_bad_key_settings(spec):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        crypto.parse_keys(spec.format(k=crypto.new_key()))


@pytest.mark.django_db
def test_rotation_reencrypts_everything_under_the_new_key(settings):
    notes = [SealedNote.objects.create(body=f"{SECRET} {i}") for i in range(3)]
    SealedNote.objects.create(body=None)
    old_spec = settings.AFTERGLOW_ENCRYPTION_KEYS
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=f"{NEW_KEY},{old_spec}"):
        report = rotate_all()
        assert report.rotated == 3
        assert all(raw_body(n).startswith("ag1:new:") for n in notes)
        assert rotate_all().rotated == 0
    # Once rotated, the old keys can go: only the new one is needed.
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=NEW_KEY):
        assert [SealedNote.objects.get(pk=n.pk).body for n in notes] == [
            f"{SECRET} {i}" for i in range(3)
        ]


@pytest.mark.django_db
def test_rotation_leaves_a_row_changed_meanwhile(settings, monkeypatch):
    note = SealedNote.objects.create(body=SECRET)
    old_spec = settings.AFTERGLOW_ENCRYPTION_KEYS
    real_encrypt = crypto.encrypt

    def save_meanwhile(plaintext, *, aad):
        monkeypatch.setattr(crypto, "encrypt", real_encrypt)
        fresh = SealedNote.objects.get(pk=note.pk)
        fresh.body = "written while rotating"
        fresh.save()
        return real_encrypt(plaintext, aad=aad)

    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=f"{NEW_KEY},{old_spec}"):
        monkeypatch.setattr(crypto, "encrypt", save_meanwhile)
        report = rotate_all()
        assert report.changed_meanwhile == 1
        assert SealedNote.objects.get(pk=note.pk).body == "written while rotating"


def test_an_undecryptable_value_shows_a_page_that_leaks_nothing(rf: RequestFactory):
    request = rf.get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    middleware = UndecryptableMiddleware(lambda r: None)  # type: ignore[arg-type,return-value]
    error = crypto.DecryptionError("cannot decrypt testing.sealednote.body:42: tampered")
    response = middleware.process_exception(request, error)
    assert response is not None and response.status_code == 500
    body = response.content.decode()
    assert "couldn't open this record" in body
    assert "sealednote" not in body and "tampered" not in body


def test_ciphertext_marker_is_a_string():
    assert isinstance(Ciphertext("ag1:x:y"), str)
