"""Reads of voice notes, each behind an access check of ``afterglow.clinics.access``."""

from uuid import UUID

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from afterglow.audit.models import Outcome
from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.voice.models import VoiceChunk, VoiceNote


def own_note(request: HttpRequest, note_id: UUID) -> VoiceNote:
    """One of the signed-in patient's finished notes; 404 for anyone else."""
    return access.own_object(
        request,
        VoiceNote.objects.select_related("patient__user", "entry"),
        pk=note_id,
        completed_at__isnull=False,
    )


def upload_of(request: HttpRequest, note_id: UUID) -> VoiceNote | None:
    """The signed-in patient's note being uploaded (None: not started); 404 if another's."""
    patient = access.own_patient(request)
    note = VoiceNote.objects.filter(pk=note_id).first()
    if note is not None and note.patient_id != patient.pk:
        raise Http404
    return note


def notes_of(patient: Patient) -> QuerySet[VoiceNote]:
    return VoiceNote.objects.filter(patient=patient, completed_at__isnull=False)


def shared_notes(patient: Patient) -> QuerySet[VoiceNote]:
    return notes_of(patient).filter(shared_at__isnull=False).order_by("-shared_at")


def shared_note_for_care_team(
    request: HttpRequest, patient_id: UUID, note_id: UUID, *, action: str
) -> VoiceNote:
    """A shared note of a patient on the clinician's care team; each request audited."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action=action)
    note = shared_notes(patient).filter(pk=note_id).first()
    if note is None:
        record(
            action=action,
            request=request,
            patient=patient,
            outcome=Outcome.DENIED,
            detail={"note_ref": str(note_id)[:64]},
        )
        raise Http404
    return note


def chunks_of(note: VoiceNote) -> list[VoiceChunk]:
    return list(VoiceChunk.objects.filter(note=note).order_by("index"))
