"""Backups of the embedded SQLite database, taken while the app runs, and their restore.

SQLite's online backup API copies a consistent snapshot page by page while other
connections keep reading and writing (WAL mode). PostgreSQL is backed up with its own
tools (``pg_dump``, see README); these commands refuse it with that advice.

After a restore, ``check_restored`` counts every table's rows and decrypts every encrypted
value: a backup is only as good as the keys that can read it.
"""

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core.management.base import CommandError
from django.db import connections

from afterglow.lib import crypto
from afterglow.lib.fields import associated_data, encrypted_fields

PG_ADVICE = (
    "This database is PostgreSQL: back it up with pg_dump and restore with pg_restore "
    "(README, 'Backups'). These commands are for the embedded SQLite database."
)


def sqlite_path(alias: str = "default") -> Path:
    settings = connections[alias].settings_dict
    if connections[alias].vendor != "sqlite":
        raise CommandError(PG_ADVICE)
    return Path(settings["NAME"])


def backup(target: Path, alias: str = "default") -> int:
    """Copy the live database to ``target`` (a new file). Returns its size in bytes."""
    source = sqlite_path(alias)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:  # readable by its owner only: names, emails and scores are in it
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise CommandError(f"{target} exists already; choose a new file for the backup.") from None
    with sqlite3.connect(source, timeout=20) as live, sqlite3.connect(target) as copy:
        live.backup(copy, pages=1024)  # in steps: writers are never held up for long
    _check_file(target)
    return target.stat().st_size


def restore(backup_file: Path, alias: str = "default") -> None:
    """Replace the configured database's contents with the backup's. Stop the app first."""
    if not backup_file.is_file():
        raise CommandError(f"No backup at {backup_file}.")
    _check_file(backup_file)
    target = sqlite_path(alias)
    connections[alias].close()
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(backup_file) as saved, sqlite3.connect(target, timeout=20) as live:
        saved.backup(live)


def _check_file(path: Path) -> None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        (result,) = db.execute("PRAGMA integrity_check").fetchone()
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if result != "ok" or "django_migrations" not in tables:
        raise CommandError(f"{path} is not a sound Afterglow database ({result}).")


@dataclass
class Inventory:
    rows: dict[str, int] = field(default_factory=dict)
    encrypted: int = 0
    unreadable: list[str] = field(default_factory=list)


def check_restored() -> Inventory:
    """Every model's row count, and every encrypted value decrypted with the loaded keys."""
    inventory = Inventory()
    for model in apps.get_models():
        inventory.rows[model._meta.label] = model._default_manager.count()
    for enc in encrypted_fields():
        model = enc.model
        values = (
            model._default_manager.exclude(**{f"{enc.attname}__isnull": True})
            .values_list("pk", enc.attname)
            .iterator(chunk_size=500)
        )
        for pk, stored in values:
            try:
                crypto.decrypt(stored, aad=associated_data(model(pk=pk), enc.name))
                inventory.encrypted += 1
            except crypto.DecryptionError:
                inventory.unreadable.append(f"{model._meta.label}.{enc.name} #{pk}")
    return inventory
