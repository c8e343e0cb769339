"""Re-encrypt every encrypted value under the current key, while the app keeps running.

Each row is updated only if it still holds the ciphertext we read (compare-and-swap), so a
save made meanwhile, which already uses the current key, is never overwritten. Safe to run
again: values under the current key are left alone.
"""

from collections.abc import Callable
from dataclasses import dataclass

from afterglow.lib import crypto
from afterglow.lib.fields import Ciphertext, EncryptedTextField, associated_data, encrypted_fields


@dataclass
class RotationReport:
    rotated: int = 0
    current: int = 0
    changed_meanwhile: int = 0
    reindexed: int = 0


# Apps whose search indexes are keyed by the encryption key register a rebuild here (in
# AppConfig.ready); each returns how many rows it re-indexed under the current key.
REINDEXERS: list[Callable[[], int]] = []
# Encrypted data kept outside the database (voice notes' audio) registers its re-encryption
# here; each adds what it did to the report.
ROTATORS: list[Callable[["RotationReport"], None]] = []


def rotate_field(field: EncryptedTextField, report: RotationReport, batch: int = 500) -> None:
    model = field.model
    current = crypto.keyring().current_id
    rows = (
        model._default_manager.exclude(**{f"{field.attname}__isnull": True})
        .values_list("pk", field.attname)
        .iterator(chunk_size=batch)
    )
    for pk, stored in rows:
        if crypto.key_id_of(stored) == current:
            report.current += 1
            continue
        probe = model(pk=pk)
        aad = associated_data(probe, field.name)
        fresh = crypto.encrypt(crypto.decrypt(stored, aad=aad), aad=aad)
        updated = model._default_manager.filter(
            pk=pk, **{field.attname: Ciphertext(stored)}
        ).update(**{field.attname: Ciphertext(fresh)})
        if updated:
            report.rotated += 1
        else:
            report.changed_meanwhile += 1


def rotate_all() -> RotationReport:
    report = RotationReport()
    for field in encrypted_fields():
        rotate_field(field, report)
    for rotate in ROTATORS:
        rotate(report)
    for reindex in REINDEXERS:
        report.reindexed += reindex()
    return report
