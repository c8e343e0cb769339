"""Everything the database holds about one patient, found from the models themselves, so a
table added later is exported and erased without anyone remembering to list it here.

A model belongs to the patient when it points at the patient (``patient``), at something
that does (a check-in's session, a step's goal), or at their account (notifications,
preferences). The audit log is kept (it says what happened, never what was written);
search-index rows are derived from the journal and go with it.
"""

from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.db import models

from afterglow.clinics.models import Patient

KEPT = {"audit.AuditEvent", "audit.ChainHead"}
DERIVED = {"journal.EntryToken"}  # search hashes, rebuilt from entries: not exported
SECRETS = {"token_hash", "key", "password"}  # never exported, even hashed


def _path_to(model: type[models.Model], target: type[models.Model]) -> str | None:
    for field in model._meta.get_fields():
        linked = field.many_to_one or field.one_to_one
        if linked and field.concrete and field.related_model is target:
            return field.name
    return None


def patient_models(patient: Patient) -> Iterator[tuple[type[models.Model], dict[str, Any]]]:
    """(model, filter) pairs that select this patient's rows, nearest first."""
    user_model = type(patient.user)
    direct: list[tuple[type[models.Model], str]] = []
    for model in apps.get_models():
        label = model._meta.label
        if model is Patient or label in KEPT:
            continue
        via = _path_to(model, Patient)
        if via:
            direct.append((model, via))
            yield model, {via: patient}
        else:
            via_user = _path_to(model, user_model)
            if via_user and model._meta.app_label not in {"admin", "auth", "otp_totp"}:
                yield model, {via_user: patient.user}
    for model in apps.get_models():
        if model._meta.label in KEPT or any(model is m for m, _ in direct) or model is Patient:
            continue
        for parent, via in direct:
            hop = _path_to(model, parent)
            if hop:
                yield model, {f"{hop}__{via}": patient}
                break
