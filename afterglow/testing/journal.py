"""Helpers for tests of the journal."""

from typing import Any

from afterglow.clinics.models import Patient
from afterglow.journal.models import Entry
from afterglow.journal.services import entry_create


def write(patient: Patient, body: str = "A quiet morning by the window.", **fields: Any) -> Entry:
    fields.setdefault("emotions", [])
    return entry_create(patient=patient, request=None, body=body, **fields)
