"""``make run`` makes its own development keys once, each of its own kind."""

from afterglow.lib.crypto import parse_keys
from afterglow.lib.devkeys import ensure_dev_keys


def test_it_makes_a_secret_an_encryption_key_and_an_audit_key_once(tmp_path):
    ensure_dev_keys(tmp_path)
    first = {
        name: (tmp_path / name).read_text()
        for name in ("secret_key", "encryption_keys", "audit_keys")
    }
    ensure_dev_keys(tmp_path)
    assert {name: (tmp_path / name).read_text() for name in first} == first
    encryption = parse_keys(first["encryption_keys"])
    audit = parse_keys(first["audit_keys"], setting="AFTERGLOW_AUDIT_KEYS")
    assert audit.current_id == "devaudit1"
    assert set(audit.keys.values()).isdisjoint(encryption.keys.values())
    assert oct((tmp_path / "audit_keys").stat().st_mode)[-3:] == "600"
