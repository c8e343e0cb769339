"""Voice notes: the record page, the chunked upload, playback with seeking, and sharing."""

from urllib.parse import quote
from uuid import UUID

from django.conf import settings
from django.contrib import messages
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    JsonResponse,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from afterglow.clinics import access
from afterglow.journal import selectors as journal
from afterglow.journal.models import Entry
from afterglow.safety import language
from afterglow.voice import ranges, selectors, services, store
from afterglow.voice.forms import FinishForm, NoteForm
from afterglow.voice.models import VoiceNote

UPLOAD_CHUNK = 256 * 1024


def _own_entry(request: HttpRequest, entry_id: object) -> Entry | None:
    if not entry_id:
        return None
    try:
        return journal.own_entry(request, UUID(str(entry_id)))
    except ValueError:
        raise Http404


@require_GET
def record_page(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    context = {
        "entry": _own_entry(request, request.GET.get("entry")),
        "limit_seconds": services.max_seconds(patient),
        "chunk_bytes": getattr(settings, "AFTERGLOW_VOICE_UPLOAD_CHUNK", UPLOAD_CHUNK),
        "login_url": f"{reverse('accounts:login')}?next={quote(request.path)}",
    }
    return render(request, "voice/record.html", context)


@require_POST
def chunk(request: HttpRequest, note_id: UUID, index: int) -> JsonResponse:
    patient = access.own_patient(request)
    try:
        note = services.chunk_store(
            patient=patient, note_id=note_id, index=index, data=request.body
        )
    except services.UploadRefused as refused:
        if refused.status == 404:
            raise Http404
        body = {"error": refused.code, "next": refused.next_index}
        return JsonResponse(body, status=refused.status)
    return JsonResponse({"next": note.chunk_count})


@require_GET
def upload_status(request: HttpRequest, note_id: UUID) -> JsonResponse:
    note = selectors.upload_of(request, note_id)
    if note is None:
        return JsonResponse({"next": 0, "complete": False})
    return JsonResponse({"next": note.chunk_count, "complete": note.is_complete})


@require_POST
def finish(request: HttpRequest, note_id: UUID) -> JsonResponse:
    note = selectors.upload_of(request, note_id)
    form = FinishForm(request.POST)
    if note is None or not form.is_valid():
        return JsonResponse({"error": "not_ready"}, status=409 if form.is_valid() else 400)
    entry = _own_entry(request, form.cleaned_data["entry"])
    try:
        services.note_finish(
            note=note, duration_ms=form.cleaned_data["duration_ms"], entry=entry, request=request
        )
    except services.UploadRefused as refused:
        return JsonResponse({"error": refused.code, "next": refused.next_index}, status=409)
    return JsonResponse({"url": reverse("voice:note", args=[note.pk])})


def note_detail(request: HttpRequest, note_id: UUID) -> HttpResponse:
    note = selectors.own_note(request, note_id)
    initial = {"title": note.title or "", "emotions": note.emotions}
    form = NoteForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.note_update(note=note, request=request, **form.cleaned_data)
        back = reverse("voice:note", args=[note.pk])
        page = language.respond(request, form=form, patient=note.patient, source=note, back=back)
        if page is not None:
            return page
        messages.success(request, _("Saved."))
        return redirect(back)
    return render(request, "voice/note.html", {"note": note, "form": form})


@require_GET
def audio(request: HttpRequest, note_id: UUID) -> HttpResponseBase:
    return _stream(request, selectors.own_note(request, note_id))


@require_POST
def share(request: HttpRequest, note_id: UUID) -> HttpResponse:
    note = selectors.own_note(request, note_id)
    shared = request.POST.get("shared") == "1"
    services.note_share(note=note, shared=shared, request=request)
    messages.success(
        request,
        _("Shared with your care team.")
        if shared
        else _("No longer shared. Your care team can't hear it now."),
    )
    return redirect("voice:note", note_id=note.pk)


@require_POST
def delete(request: HttpRequest, note_id: UUID) -> HttpResponse:
    note = selectors.own_note(request, note_id)
    services.note_delete(note=note, request=request)
    messages.success(request, _("The voice note is deleted."))
    return redirect("journal:list")


@require_GET
def shared_audio(request: HttpRequest, patient_id: UUID, note_id: UUID) -> HttpResponseBase:
    """The care team plays a shared note: the first request of each play is audited as a
    play, the media element's later requests for other parts (seeking) as a seek."""
    starts = request.headers.get("Range", "bytes=0-").startswith("bytes=0-")
    action = "voice.play" if starts else "voice.seek"
    note = selectors.shared_note_for_care_team(request, patient_id, note_id, action=action)
    return _stream(request, note)


def _stream(request: HttpRequest, note: VoiceNote) -> HttpResponseBase:
    try:
        wanted = ranges.parse(request.headers.get("Range"), note.size)
    except ranges.Unsatisfiable:
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{note.size}"
        return refused
    start, end = wanted or (0, note.size - 1)
    response = StreamingHttpResponse(
        store.plain_range(selectors.chunks_of(note), start, end),
        status=206 if wanted else 200,
        content_type=note.content_type,
    )
    response["Accept-Ranges"] = "bytes"
    response["Content-Length"] = str(end - start + 1)
    response["Cache-Control"] = "private, no-store"
    if wanted:
        response["Content-Range"] = f"bytes {start}-{end}/{note.size}"
    return response
