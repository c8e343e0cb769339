"""Writes for the journal. Each leaves an audit row that names the entry, never its words."""

from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.journal.index import entry_tokens
from afterglow.journal.models import Draft, Entry, EntryToken, Prompt, PromptAssignment
from afterglow.safety.language.detector import assess_many
from afterglow.safety.language.services import text_check_record
from afterglow.treatments.models import SessionStatus, TreatmentSession
from afterglow.treatments.schedule import local_day

LINK_DAYS = 7
ENTRY_FIELDS = ("title", "body", "prompt", "mood", "energy", "emotions", "own_words", "tags")


def session_to_link(patient: Patient, at: datetime) -> TreatmentSession | None:
    """The latest completed session that ended in the 7 days before ``at``."""
    return (
        TreatmentSession.objects.filter(
            patient=patient,
            status=SessionStatus.COMPLETED,
            ends_at__lte=at,
            ends_at__gte=at - timedelta(days=LINK_DAYS),
        )
        .order_by("-ends_at")
        .first()
    )


def _reindex(entry: Entry) -> None:
    EntryToken.objects.filter(entry=entry).delete()
    EntryToken.objects.bulk_create(EntryToken(entry=entry, token=t) for t in entry_tokens(entry))


def _apply(entry: Entry, fields: dict[str, Any]) -> None:
    for name in ENTRY_FIELDS:
        if name in fields:
            value = fields[name]
            if name in ("title", "own_words", "tags"):
                value = (value or "").strip() or None
            setattr(entry, name, value)


def entry_create(
    *, patient: Patient, request: HttpRequest | None, quick: bool = False, **fields: Any
) -> Entry:
    now = timezone.now()
    entry = Entry(
        patient=patient,
        quick=quick,
        created_at=now,
        written_on=local_day(now, patient.time_zone),
        session=session_to_link(patient, now),
    )
    _apply(entry, fields)
    entry.full_clean()
    with transaction.atomic():
        entry.save()
        _reindex(entry)
        if entry.prompt_id:
            PromptAssignment.objects.filter(
                patient=patient, prompt_id=entry.prompt_id, answered_by__isnull=True
            ).update(answered_by=entry)
        Draft.objects.filter(patient=patient, slot="new").delete()
        record(
            action="journal.create",
            request=request,
            patient=patient,
            obj=entry,
            detail={"quick": quick},
        )
    return entry


def entry_update(*, entry: Entry, request: HttpRequest | None, **fields: Any) -> Entry:
    _apply(entry, fields)
    entry.quick = False
    entry.full_clean()
    with transaction.atomic():
        entry.save()
        _reindex(entry)
        Draft.objects.filter(patient_id=entry.patient_id, slot=str(entry.pk)).delete()
        record(action="journal.update", request=request, patient=entry.patient, obj=entry)
    return entry


def entry_delete(*, entry: Entry, request: HttpRequest | None) -> None:
    """Deleted means gone: the row, its index and its drafts."""
    with transaction.atomic():
        record(action="journal.delete", request=request, patient=entry.patient, obj=entry)
        Draft.objects.filter(patient_id=entry.patient_id, slot=str(entry.pk)).delete()
        entry.delete()


def entry_share(*, entry: Entry, shared: bool, request: HttpRequest | None) -> Entry:
    entry.shared_at = timezone.now() if shared else None
    with transaction.atomic():
        entry.save(update_fields=["shared_at"])
        record(
            action="journal.share" if shared else "journal.unshare",
            request=request,
            patient=entry.patient,
            obj=entry,
        )
    return entry


def entry_mark_for_session(*, entry: Entry, marked: bool, request: HttpRequest | None) -> Entry:
    entry.for_next_session = marked
    with transaction.atomic():
        entry.save(update_fields=["for_next_session"])
        record(
            action="journal.mark_for_session",
            request=request,
            patient=entry.patient,
            obj=entry,
            detail={"marked": marked},
        )
    return entry


def draft_save(
    *, patient: Patient, slot: str, title: str, body: str, fields: dict[str, Any]
) -> Draft:
    """Autosave of what is being written. Not audited: it is not a record yet."""
    draft = Draft.objects.filter(patient=patient, slot=slot).first() or Draft(
        patient=patient, slot=slot
    )
    draft.title, draft.body, draft.fields = title or None, body or None, fields
    draft.full_clean(validate_constraints=False)
    draft.save()
    return draft


def prompt_assign(
    *, patient: Patient, prompt: Prompt, by: Any, request: HttpRequest | None
) -> PromptAssignment:
    assignment = PromptAssignment(patient=patient, prompt=prompt, assigned_by=by)
    assignment.full_clean()
    with transaction.atomic():
        assignment.save()
        record(
            action="journal.prompt_assign",
            actor=by,
            request=request,
            patient=patient,
            obj=assignment,
        )
    return assignment


def journal_import(
    *, patient: Patient, entries: list[dict[str, Any]], request: HttpRequest | None
) -> int:
    """All or nothing: every entry is validated before any is saved."""
    built = []
    for data in entries:
        entry = Entry(
            patient=patient,
            created_at=data["created_at"],
            written_on=local_day(data["created_at"], patient.time_zone),
        )
        _apply(entry, data)
        entry.full_clean()
        built.append(entry)
    with transaction.atomic():
        Entry.objects.bulk_create(built)
        EntryToken.objects.bulk_create(
            EntryToken(entry=e, token=t) for e in built for t in entry_tokens(e)
        )
        record(
            action="journal.import",
            request=request,
            patient=patient,
            detail={"entries": len(built)},
        )
        # Each imported entry's crisis-language verdict is kept as a written one's is: the
        # API's ``crisis_words`` reads the stored verdict, never the detector on every read.
        for entry in built:
            verdict = assess_many(
                [entry.title, entry.body, entry.own_words, " ".join(entry.tag_list)]
            )
            text_check_record(patient=patient, source=entry, verdict=verdict, request=request)
    return len(built)


def record_export(*, patient: Patient, request: HttpRequest | None, fmt: str, count: int) -> None:
    record(
        action="journal.export",
        request=request,
        patient=patient,
        detail={"format": fmt, "entries": count},
    )


def reindex_stale() -> int:
    """Rebuild the search tokens of entries indexed under an older key (after rotation)."""
    from afterglow.lib.crypto import keyring

    current = f"{keyring().current_id}:"
    stale = (
        EntryToken.objects.exclude(token__startswith=current)
        .values_list("entry_id", flat=True)
        .distinct()
    )
    count = 0
    for entry in Entry.objects.filter(pk__in=list(stale)).iterator(chunk_size=500):
        _reindex(entry)
        count += 1
    return count
