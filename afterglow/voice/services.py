"""Writes for voice notes. Audit rows name the note and counts, never what was said."""

import hashlib
import logging
from datetime import timedelta
from uuid import UUID

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.journal.models import Entry
from afterglow.lib import crypto
from afterglow.lib.rotation import RotationReport
from afterglow.treatments.schedule import local_day
from afterglow.voice import store
from afterglow.voice.models import DEFAULT_MAX_MINUTES, VoiceChunk, VoiceNote, VoicePolicy
from afterglow.voice.sniff import audio_format_of

CHUNK_MAX = 512 * 1024
# Opus from MediaRecorder runs at 32-128 kbit/s; allow 160 kbit/s of the clinic's limit.
BYTES_PER_SECOND = 20_000
logger = logging.getLogger("afterglow.voice")


class UploadRefused(Exception):
    """A piece that cannot be taken; ``status`` and ``code`` say why, ``next`` what to send."""

    def __init__(self, status: int, code: str, next_index: int | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.next_index = status, code, next_index


def max_seconds(patient: Patient) -> int:
    policy = VoicePolicy.objects.filter(clinic_id=patient.clinic_id).first()
    return 60 * (policy.max_minutes if policy else DEFAULT_MAX_MINUTES)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _note_for_upload(*, patient: Patient, note_id: UUID, index: int, data: bytes) -> VoiceNote:
    note = VoiceNote.objects.select_for_update().filter(pk=note_id).first()
    if note is not None:
        if note.patient_id != patient.pk:
            raise UploadRefused(404, "not_found")
        return note
    if index != 0:
        raise UploadRefused(409, "out_of_order", next_index=0)
    audio_format = audio_format_of(data[:128])
    if audio_format is None:
        raise UploadRefused(415, "not_audio")
    now = timezone.now()
    note = VoiceNote(
        id=note_id,
        patient=patient,
        audio_format=audio_format,
        created_at=now,
        recorded_on=local_day(now, patient.time_zone),
    )
    note.full_clean(validate_unique=False)
    note.save(force_insert=True)
    return note


def chunk_store(*, patient: Patient, note_id: UUID, index: int, data: bytes) -> VoiceNote:
    """Keep piece ``index`` of a note. The same piece sent again is accepted and changes
    nothing; a piece out of order, different from what is kept, or for another person's note
    is refused with nothing written. Not audited: the finished note is (``note_finish``)."""
    if not data or len(data) > CHUNK_MAX:
        raise UploadRefused(413, "chunk_size")
    with transaction.atomic():
        note = _note_for_upload(patient=patient, note_id=note_id, index=index, data=data)
        kept = VoiceChunk.objects.filter(note=note, index=index).first()
        if kept is not None:
            if kept.digest != _digest(data):
                raise UploadRefused(409, "different_piece", next_index=note.chunk_count)
            return note
        if note.is_complete or index != note.chunk_count:
            raise UploadRefused(409, "out_of_order", next_index=note.chunk_count)
        if note.size + len(data) > max_seconds(patient) * BYTES_PER_SECOND:
            raise UploadRefused(413, "too_long", next_index=note.chunk_count)
        try:
            key_id, name = store.write(note, index, data)
        except OSError:
            logger.exception("voice storage refused a piece of note %s", note.pk)
            raise UploadRefused(507, "storage_full", next_index=note.chunk_count)
        try:
            with transaction.atomic():
                VoiceChunk.objects.create(
                    note=note,
                    index=index,
                    offset=note.size,
                    size=len(data),
                    digest=_digest(data),
                    key_id=key_id,
                    name=name,
                )
        except IntegrityError:
            store.remove(name)
            raise UploadRefused(409, "out_of_order", next_index=note.chunk_count)
        note.size += len(data)
        note.chunk_count += 1
        note.save(update_fields=["size", "chunk_count"])
    return note


def note_finish(
    *,
    note: VoiceNote,
    duration_ms: int,
    entry: Entry | None,
    request: HttpRequest | None,
) -> VoiceNote:
    """The browser has sent every piece: the note exists from now on. Safe to repeat."""
    if note.is_complete:
        return note
    if note.chunk_count == 0:
        raise UploadRefused(409, "empty", next_index=0)
    limit_ms = max_seconds(note.patient) * 1000
    note.duration_ms = max(0, min(duration_ms, limit_ms))
    note.entry = entry
    note.completed_at = timezone.now()
    note.full_clean()
    with transaction.atomic():
        note.save()
        record(
            action="voice.create",
            request=request,
            patient=note.patient,
            obj=note,
            detail={"seconds": note.duration_ms // 1000, "with_entry": int(entry is not None)},
        )
    return note


def note_update(
    *, note: VoiceNote, title: str, emotions: list[str], request: HttpRequest | None
) -> VoiceNote:
    note.title = title.strip() or None
    note.emotions = emotions
    note.full_clean()
    with transaction.atomic():
        note.save()
        record(action="voice.update", request=request, patient=note.patient, obj=note)
    return note


def note_share(*, note: VoiceNote, shared: bool, request: HttpRequest | None) -> VoiceNote:
    note.shared_at = timezone.now() if shared else None
    with transaction.atomic():
        note.save(update_fields=["shared_at"])
        record(
            action="voice.share" if shared else "voice.unshare",
            request=request,
            patient=note.patient,
            obj=note,
        )
    return note


def note_delete(*, note: VoiceNote, request: HttpRequest | None) -> None:
    """Deleted for good: the row, its pieces' rows, and (on commit) their files."""
    with transaction.atomic():
        record(action="voice.delete", request=request, patient=note.patient, obj=note)
        note.delete()


def note_play_record(*, note: VoiceNote, request: HttpRequest) -> None:
    """A care-team member started playing a shared note."""
    record(action="voice.play", request=request, patient=note.patient, obj=note)


def abandoned_delete(*, older_than: timedelta = timedelta(days=7)) -> int:
    """Uploads never finished (the browser's copy is gone by now) are removed."""
    stale = VoiceNote.objects.filter(
        completed_at__isnull=True, created_at__lt=timezone.now() - older_than
    )
    count = 0
    for note in stale:
        with transaction.atomic():
            record(action="voice.abandoned_delete", patient=note.patient, obj=note)
            note.delete()
        count += 1
    return count


def chunks_rotate(report: RotationReport) -> None:
    """Re-encrypt every piece under an older key: a new file, the row swapped only if it
    still names the old one, then the old file removed."""
    current = crypto.keyring().current_id
    for chunk in (
        VoiceChunk.objects.exclude(key_id=current).select_related("note").iterator(chunk_size=200)
    ):
        plain = store.read(chunk)
        key_id, name = store.write(chunk.note, chunk.index, plain)
        swapped = VoiceChunk.objects.filter(pk=chunk.pk, name=chunk.name).update(
            key_id=key_id, name=name
        )
        if swapped:
            store.remove(chunk.name)
            report.rotated += 1
        else:
            store.remove(name)
            report.changed_meanwhile += 1
