"""Everything the database holds about one patient, found from the models themselves, so a
table added later is exported and erased without anyone remembering to list it here.

A model belongs to the patient when it points at the patient (``patient``) or at something
that does (a check-in's session, a step's goal). Only the account-owned tables named in
USER_OWNED are followed through the user: a person who is also staff keeps what they did as
staff (memberships, invitations they sent, records they completed for other patients).

Some of those rows are the clinic's record about the patient (RETAINED): erasure keeps them,
with the patient's own words in them blanked; the export leaves out what only the care
team sees (STAFF_ONLY). The audit log is kept (it says what happened, never what was
written); search-index rows are derived from the journal and go with it.
"""

from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.db import models

from afterglow.clinics.models import Patient

KEPT = {"audit.AuditEvent", "audit.ChainHead"}
# Rebuilt from other rows, so not exported: search hashes (from entries) and the caseload's
# summary (from sessions, questionnaires, check-ins, circles and shared entries).
# Voice notes' pieces are storage bookkeeping: the download has the audio itself (voice/).
DERIVED = {"journal.EntryToken", "careteam.CaseloadSummary", "voice.VoiceChunk"}
# Never exported, even hashed: secrets, a code's or a number's hash, a device's push secret.
SECRETS = {"token_hash", "key", "password", "code_hash", "number_hash", "auth"}
USER_OWNED = {
    "reminders.Preference": "user",
    "reminders.Notification": "user",
    "reminders.CalendarFeed": "user",
    "reminders.TextNumber": "user",
    "reminders.PushSubscription": "user",
    "api.ApiToken": "user",
}
# The clinic's records about the patient, and the fields in them the patient wrote.
RETAINED: dict[str, dict[str, Any]] = {
    "treatments.TreatmentSession": {},
    "treatments.MaintenancePlan": {},
    "treatments.MonitoringRecord": {},
    "safety.Flag": {},
    "integration.IntegrationSession": {"agenda_topics": None, "agenda_goals": None},
}
# Written by the care team for the care team: not in the patient's download.
STAFF_ONLY = {
    "safety.Flag": {"resolution_note", "acknowledged_by", "resolved_by"},
    "treatments.TreatmentSession": {"notes"},
    "integration.IntegrationSession": {"therapist"},
}


def _path_to(model: type[models.Model], target: type[models.Model]) -> str | None:
    for field in model._meta.get_fields():
        linked = field.many_to_one or field.one_to_one
        if linked and field.concrete and field.related_model is target:
            return field.name
    return None


def patient_models(patient: Patient) -> Iterator[tuple[type[models.Model], dict[str, Any]]]:
    """(model, filter) pairs that select this patient's rows, nearest first."""
    direct: list[tuple[type[models.Model], str]] = []
    for model in apps.get_models():
        label = model._meta.label
        if model is Patient or label in KEPT:
            continue
        via = _path_to(model, Patient)
        if via:
            direct.append((model, via))
            yield model, {via: patient}
        elif label in USER_OWNED:
            yield model, {USER_OWNED[label]: patient.user}
    reached = {m for m, _ in direct}
    for model in apps.get_models():
        if model in reached or model is Patient or model._meta.label in KEPT | set(USER_OWNED):
            continue
        for parent, via in direct:
            hop = _path_to(model, parent)
            if hop:
                yield model, {f"{hop}__{via}": patient}
                break
