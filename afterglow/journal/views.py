"""The patient's journal: write, find, share, export; and the care team's shared view."""

from datetime import date, timedelta
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.journal import selectors, services, transfer
from afterglow.journal.forms import AssignPromptForm, EntryForm, ImportForm, QuickForm, SearchForm
from afterglow.journal.models import Entry, Prompt
from afterglow.lib.offline import offline_copy
from afterglow.lib.when import clock
from afterglow.safety import language


def journal_list(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = SearchForm(request.GET or None)
    filters = selectors.Filters(**form.cleaned_data) if form.is_valid() else selectors.Filters()
    page = selectors.page_of(selectors.search(patient, filters), _int(request.GET.get("page")))
    context = {
        "form": form,
        "page": page,
        "searching": any(vars(filters).values()),
        "today_prompt": selectors.prompt_for_today(patient, timezone.now()),
        "quick_form": QuickForm(),
        "query": request.GET.urlencode(),
    }
    return render(request, "journal/list.html", context)


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


def _editor(request: HttpRequest, *, entry_id: UUID | None) -> HttpResponse:
    patient = access.own_patient(request)
    entry = selectors.own_entry(request, entry_id) if entry_id else None
    slot = str(entry.pk) if entry else "new"
    initial = _initial(entry, request.GET.get("prompt"))
    draft = selectors.draft_for(patient, slot)
    if draft is not None:
        initial.update(draft.fields, title=draft.title or "", body=draft.body or "")
    form = EntryForm(request.POST or None, initial=initial, clinic=patient.clinic)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if entry is None:
            entry = services.entry_create(patient=patient, request=request, **data)
        else:
            entry = services.entry_update(entry=entry, request=request, **data)
        return _after_save(request, entry, slot, form)
    prompt = form["prompt"].value()
    context = {
        "form": form,
        "entry": entry,
        "slot": slot,
        "restored": draft is not None,
        "intention": None if entry else selectors.intention_to_revisit(patient, timezone.now()),
        "prompt": Prompt.objects.filter(pk=prompt, clinic=patient.clinic).first()
        if str(prompt or "").isdigit()
        else None,
    }
    return render(request, "journal/editor.html", context)


def _initial(entry: Entry | None, prompt: str | None) -> dict[str, Any]:
    if entry is None:
        return {"prompt": prompt} if prompt and prompt.isdigit() else {}
    return {
        "title": entry.title or "",
        "body": entry.body,
        "prompt": entry.prompt_id,
        "mood": entry.mood,
        "energy": entry.energy,
        "emotions": entry.emotions,
        "own_words": ", ".join(entry.own_word_list),
        "tags": ", ".join(entry.tag_list),
    }


def _after_save(
    request: HttpRequest, entry: Entry, slot: str, form: language.FreeTextForm
) -> HttpResponse:
    """The saved page clears the browser's copy; words of crisis or concern first offer help."""
    url = reverse("journal:entry", args=[entry.pk])
    page = language.respond(
        request, form=form, patient=entry.patient, source=entry, back=url, clear_draft=slot
    )
    if page is not None:
        return page
    messages.success(request, _("Saved."))
    return redirect(f"{url}?saved={slot}")


@offline_copy
def entry_new(request: HttpRequest) -> HttpResponse:
    return _editor(request, entry_id=None)


def entry_edit(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    return _editor(request, entry_id=entry_id)


def entry_detail(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = selectors.own_entry(request, entry_id)
    saved = request.GET.get("saved", "")
    return render(
        request,
        "journal/entry.html",
        {"entry": entry, "saved_slot": saved if saved.replace("-", "").isalnum() else ""},
    )


@require_POST
def entry_delete(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    services.entry_delete(entry=selectors.own_entry(request, entry_id), request=request)
    messages.success(request, _("Deleted. It is gone for good."))
    return redirect("journal:list")


@require_POST
def entry_share(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = selectors.own_entry(request, entry_id)
    shared = request.POST.get("shared") == "1"
    services.entry_share(entry=entry, shared=shared, request=request)
    messages.success(
        request,
        _("Shared with your care team.")
        if shared
        else _("No longer shared. Your care team can't see it now."),
    )
    return redirect("journal:entry", entry_id=entry.pk)


@require_POST
def entry_mark(request: HttpRequest, entry_id: UUID) -> HttpResponse:
    entry = selectors.own_entry(request, entry_id)
    services.entry_mark_for_session(
        entry=entry, marked=request.POST.get("marked") == "1", request=request
    )
    return redirect("journal:entry", entry_id=entry.pk)


@require_POST
def draft_save(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    slot = request.POST.get("slot", "new")
    if slot != "new":
        selectors.own_entry(request, UUID(slot) if _is_uuid(slot) else UUID(int=0))
    fields: dict[str, Any] = {
        k: request.POST.get(k, "") for k in ("mood", "energy", "own_words", "tags", "prompt")
    }
    fields["emotions"] = request.POST.getlist("emotions")
    try:
        services.draft_save(
            patient=patient,
            slot=slot,
            title=request.POST.get("title", ""),
            body=request.POST.get("body", ""),
            fields=fields,
        )
    except ValidationError:
        return JsonResponse({"saved": False}, status=400)
    # The time is the profile's (the active time zone), not the device's clock.
    now = timezone.now()
    return JsonResponse(
        {"saved": True, "at": now.isoformat(), "at_label": clock(now, minutes=True)}
    )


def _is_uuid(value: str) -> bool:
    try:
        UUID(value)
    except ValueError:
        return False
    return True


@require_POST
def quick(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = QuickForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tap the feeling closest to now, then save."))
        return redirect("journal:list")
    data = form.cleaned_data
    entry = services.entry_create(
        patient=patient,
        request=request,
        quick=True,
        # Stored as the entry's words, so in the patient's language as they save it.
        body=data["words"] or _("(a feeling, to write more later)"),
        emotions=[data["emotion"]],
    )
    return _after_save(request, entry, "quick", form)


# The calendar's column heads, Monday first: one letter each, the day's name for screen readers.
WEEKDAY_INITIALS = (
    pgettext_lazy("Monday, one letter", "M"),
    pgettext_lazy("Tuesday, one letter", "T"),
    pgettext_lazy("Wednesday, one letter", "W"),
    pgettext_lazy("Thursday, one letter", "T"),
    pgettext_lazy("Friday, one letter", "F"),
    pgettext_lazy("Saturday, one letter", "S"),
    pgettext_lazy("Sunday, one letter", "S"),
)


def month(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    today = timezone.localdate()
    try:
        year, number = (int(x) for x in request.GET.get("month", "").split("-"))
        first = date(year, number, 1)
    except ValueError:
        first = today.replace(day=1)
    context = {
        "weeks": selectors.month_of(patient, first.year, first.month),
        "first": first,
        "previous": first - timedelta(days=1),
        "next": first.replace(day=28) + timedelta(days=4),
        "weekdays": [(initial, WEEKDAYS[n]) for n, initial in enumerate(WEEKDAY_INITIALS)],
    }
    return render(request, "journal/calendar.html", context)


def export(request: HttpRequest, fmt: str) -> HttpResponse:
    patient = access.own_patient(request)
    if fmt not in ("zip", "json"):
        raise Http404
    entries = selectors.all_entries(patient)
    services.record_export(patient=patient, request=request, fmt=fmt, count=len(entries))
    if fmt == "json":
        response = HttpResponse(transfer.export_json(entries), content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="afterglow-journal.json"'
    else:
        response = HttpResponse(transfer.export_zip(entries), content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="afterglow-journal.zip"'
    return response


def import_jrnl(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            parsed = transfer.parse_jrnl(form.cleaned_data["file"].read(), patient.time_zone)
            count = services.journal_import(patient=patient, entries=parsed, request=request)
        except (transfer.ImportProblem, ValidationError) as problem:
            form.add_error(
                "file", _("%(problem)s Nothing was imported.") % {"problem": _message(problem)}
            )
        else:
            messages.success(
                request,
                ngettext("Imported %(count)s entry.", "Imported %(count)s entries.", count)
                % {"count": count},
            )
            return redirect("journal:list")
    return render(request, "journal/import.html", {"form": form})


def _message(problem: Exception) -> str:
    if isinstance(problem, ValidationError):
        return _("One entry couldn't be read (%(reasons)s).") % {
            "reasons": "; ".join(problem.messages)
        }
    return str(problem)


def shared_list(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="journal.list")
    patient_clinic = patient.clinic
    context = {
        "patient": patient,
        "entries": list(selectors.shared_entries(patient)[:50]),
        "assign_form": AssignPromptForm(clinic=patient_clinic),
    }
    return render(request, "journal/shared_list.html", context)


def shared_entry(request: HttpRequest, patient_id: UUID, entry_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="journal.open")
    entry = selectors.shared_entry_for_care_team(request, patient, entry_id)
    return render(request, "journal/shared_entry.html", {"patient": patient, "entry": entry})


@require_POST
def assign_prompt(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="journal.assign_form")
    form = AssignPromptForm(request.POST, clinic=patient.clinic)
    if form.is_valid():
        services.prompt_assign(
            patient=patient, prompt=form.cleaned_data["prompt"], by=request.user, request=request
        )
        messages.success(request, _("Prompt assigned. It will be their prompt for today."))
    else:
        messages.error(request, _("Choose a prompt to assign."))
    return redirect("journal:shared_list", patient_id=patient.pk)
