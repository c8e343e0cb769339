"""Voice notes in the patient's data download: each recording decrypted piece by piece into
the zip (never whole in memory), and an index that says which file is which note."""

import json
import zipfile

from django.utils.translation import gettext as _

from afterglow.clinics.models import Patient
from afterglow.voice import store
from afterglow.voice.models import VoiceChunk, VoiceNote


def export_into(archive: zipfile.ZipFile, patient: Patient) -> list[str]:
    """Write ``voice/*`` into ``archive``; returns the README lines that describe them."""
    notes = list(
        VoiceNote.objects.filter(patient=patient, completed_at__isnull=False).order_by("created_at")
    )
    if not notes:
        return []
    index = []
    for n, note in enumerate(notes, start=1):
        name = f"voice/{note.recorded_on:%Y-%m-%d}-{n:04d}.{note.audio_format}"
        with archive.open(name, "w", force_zip64=True) as out:
            for chunk in VoiceChunk.objects.filter(note=note).order_by("index"):
                out.write(store.read(chunk))
        index.append(
            {
                "file": name,
                "id": str(note.pk),
                "title": note.title or "",
                "emotions": note.emotions,
                "recorded_on": note.recorded_on.isoformat(),
                "seconds": round(note.duration_ms / 1000),
                "journal_entry": str(note.entry_id) if note.entry_id else None,
                "shared": note.is_shared,
            }
        )
    archive.writestr("voice/index.json", json.dumps(index, indent=2, ensure_ascii=False))
    return [
        f"{'voice/index.json':<40} " + _("Your voice notes: which file is which, titles, length."),
        f"{'voice/*.webm, voice/*.ogg':<40} " + _("The recordings themselves (Opus audio)."),
    ]
