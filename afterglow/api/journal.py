"""The patient's journal: write, find, edit, delete, share, mark for the next integration
session, tell the care team; and the clinic's prompts."""

from datetime import date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictBool

from afterglow.api.base import (
    NO_NUL,
    Day,
    Id,
    OneOf,
    Strict,
    Words,
    answers,
    form_data,
)
from afterglow.api.language import LANGUAGE_HELP, LanguageOut, checked, language_of
from afterglow.api.pages import Pages
from afterglow.api.problems import Problem, form_errors
from afterglow.clinics import access
from afterglow.journal import selectors as journal
from afterglow.journal import services
from afterglow.journal.forms import EntryForm, SearchForm
from afterglow.journal.models import BODY_MAX, Entry, Prompt
from afterglow.journal.vocab import EMOTIONS, FITS
from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.safety.language import Level, Verdict
from afterglow.safety.language.services import source_tell_team
from afterglow.safety.models import TextCheck

router = Router(tags=["journal"])

Emotion = Annotated[str, OneOf(code for code, _ in EMOTIONS)]
Scale = Annotated[int, OneOf(range(1, 6))]
# The form's rules for a comma-separated list: each item at most 40 characters, and at most
# 10 words (15 tags), in at most 400 characters.
OWN_WORDS = r"^[^,\x00]{0,40}(,[^,\x00]{0,40}){0,9}$"
TAGS = r"^[^,\x00]{0,40}(,[^,\x00]{0,40}){0,14}$"


class EntryIn(Strict):
    # The length is the form's to check (its message says what to do); the document states it.
    body: Words = Field(json_schema_extra={"maxLength": BODY_MAX})
    title: str = Field("", max_length=200, pattern=NO_NUL)
    emotions: list[Emotion] = Field([], max_length=len(EMOTIONS))
    own_words: str = Field(
        "",
        max_length=400,
        pattern=OWN_WORDS,
        description="Feelings in your words, comma-separated.",
    )
    tags: str = Field("", max_length=400, pattern=TAGS, description="Comma-separated.")
    mood: Scale | None = None
    energy: Scale | None = None


class NewEntryIn(EntryIn):
    prompt_id: Id | None = Field(None, description="The prompt it answers (GET /journal/prompts).")


class EntryOut(Schema):
    id: UUID
    title: str | None
    body: str
    prompt_id: int | None
    emotions: list[Emotion]
    own_words: list[str]
    tags: list[str]
    mood: int | None
    energy: int | None
    written_on: date
    created_at: datetime
    updated_at: datetime
    session_id: UUID | None = Field(description="The treatment it follows, within 7 days.")
    shared: bool
    for_next_session: bool = Field(description="Marked to talk about in integration.")
    crisis_words: bool = Field(
        False,
        description="The words sound like thoughts of self-harm: show crisis resources "
        "(GET /api/v1/crisis) and offer to tell the care team, as the app does.",
    )
    language: LanguageOut | None = Field(None, description=LANGUAGE_HELP)

    @staticmethod
    def resolve_own_words(entry: Any) -> list[str]:
        return entry.own_word_list

    @staticmethod
    def resolve_tags(entry: Any) -> list[str]:
        return list(entry.tag_list)

    @staticmethod
    def resolve_shared(entry: Any) -> bool:
        return entry.is_shared

    @staticmethod
    def resolve_crisis_words(entry: Any) -> bool:
        """The verdict stored when the entry was written (``safety.TextCheck``), never the
        detector run again on every read: a list attaches it for its whole page in one
        query (``EntryPages``), one entry reads its own."""
        if (verdict := language_of(entry)) is not None:
            return verdict.is_crisis
        if hasattr(entry, "crisis_words"):
            return bool(entry.crisis_words)
        return crisis_checked([entry.pk]) != set()

    @staticmethod
    def resolve_language(entry: Any) -> Verdict | None:
        return language_of(entry)


class ShareIn(Strict):
    shared: StrictBool


class MarkIn(Strict):
    marked: StrictBool


class PromptOut(Schema):
    id: int
    text: str
    fits: list[Annotated[str, OneOf(code for code, _ in FITS)]]
    dimension: Annotated[str, OneOf(["", *(k for k, _ in DIMENSIONS)])]
    integration_area: Annotated[str, OneOf(["", *(k for k, _ in INTEGRATION_AREAS)])]


def crisis_checked(entry_ids: list[Any]) -> set[str]:
    """Of these entries, those whose stored verdict (``safety.TextCheck``) is crisis."""
    return set(
        TextCheck.objects.filter(
            source_type=Entry._meta.label_lower,
            source_id__in=[str(pk) for pk in entry_ids],
            level=Level.CRISIS,
        ).values_list("source_id", flat=True)
    )


class EntryPages(Pages):
    """One page of entries with their stored crisis verdicts (one query for the page), and
    a count that stops at ``journal.COUNT_CAP`` + 1 (501 reads "more than 500"), as the
    journal page's does: counting every match of a common word would walk the journal."""

    def paginate_queryset(
        self, queryset: Any, pagination: Any, request: HttpRequest, **params: Any
    ) -> Any:
        offset, limit = pagination.offset, min(pagination.limit, self.max_limit)
        items = list(queryset[offset : offset + limit])
        crisis = crisis_checked([e.pk for e in items])
        for item in items:
            item.crisis_words = str(item.pk) in crisis
        return {"items": items, "count": journal.capped_count(queryset)}


def _prompt(patient: Any, prompt_id: int | None) -> int | None:
    """A prompt named in the body must be one of the clinic's: 404, as for an id in a path."""
    if (
        prompt_id is not None
        and not Prompt.objects.filter(pk=prompt_id, clinic_id=patient.clinic_id).exists()
    ):
        raise Problem(404, gettext("No such prompt"), gettext("See GET /api/v1/journal/prompts."))
    return prompt_id


@router.get("/journal/entries", response=answers({200: list[EntryOut]}, 404))
@paginate(EntryPages)
def entries(
    request: HttpRequest,
    q: str = Query("", max_length=200, pattern=NO_NUL, description="Whole words, all of them."),
    emotion: Annotated[str, OneOf(["", *(c for c, _ in EMOTIONS)])] = "",
    tag: str = Query("", max_length=40, pattern=NO_NUL),
    date_from: Day | None = None,
    date_to: Day | None = None,
    shared: Annotated[str, OneOf(["", "shared", "private"])] = "",
) -> Any:
    """Your entries, newest first: all of them, or those matching every filter given."""
    patient = access.own_patient(request)
    given = {"q": q, "emotion": emotion, "tag": tag, "shared": shared}
    form = SearchForm({**given, "date_from": date_from or "", "date_to": date_to or ""})
    if not form.is_valid():
        raise form_errors(form)
    found = journal.search(patient, journal.Filters(**form.cleaned_data))
    return found.order_by("-created_at", "-id")  # the paginator slices: one page decrypted


@router.post("/journal/entries", response=answers({201: EntryOut}, 404))
def entry_create(request: HttpRequest, data: NewEntryIn) -> Any:
    """Write an entry (answering a prompt, if you like)."""
    patient = access.own_patient(request)
    fields = form_data(data, exclude={"prompt_id"})
    fields["prompt"] = _prompt(patient, data.prompt_id)
    form = EntryForm(fields, clinic=patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    entry = services.entry_create(patient=patient, request=request, **form.cleaned_data)
    return Status(201, checked(request, form, patient=patient, source=entry))


@router.get("/journal/entries/{entry_id}", response=answers({200: EntryOut}, 404))
def entry(request: HttpRequest, entry_id: UUID) -> Any:
    """One of your entries."""
    return journal.own_entry(request, entry_id)


@router.put("/journal/entries/{entry_id}", response=answers({200: EntryOut}, 404))
def entry_update(request: HttpRequest, entry_id: UUID, data: EntryIn) -> Any:
    """Change an entry: what you send replaces its words, feelings and tags."""
    entry = journal.own_entry(request, entry_id)
    form = EntryForm({**form_data(data), "prompt": entry.prompt_id}, clinic=entry.patient.clinic)
    if not form.is_valid():
        raise form_errors(form)
    entry = services.entry_update(entry=entry, request=request, **form.cleaned_data)
    return checked(request, form, patient=entry.patient, source=entry)


@router.delete("/journal/entries/{entry_id}", response=answers({204: None}, 404))
def entry_delete(request: HttpRequest, entry_id: UUID) -> Any:
    """Delete an entry for good."""
    services.entry_delete(entry=journal.own_entry(request, entry_id), request=request)
    return Status(204, None)


@router.put("/journal/entries/{entry_id}/shared", response=answers({200: EntryOut}, 404))
def entry_share(request: HttpRequest, entry_id: UUID, data: ShareIn) -> Any:
    """Share an entry with your care team, or stop sharing it."""
    entry = journal.own_entry(request, entry_id)
    return services.entry_share(entry=entry, shared=data.shared, request=request)


@router.put("/journal/entries/{entry_id}/for-next-session", response=answers({200: EntryOut}, 404))
def entry_mark(request: HttpRequest, entry_id: UUID, data: MarkIn) -> Any:
    """Mark an entry to talk about at your next integration session (or unmark it)."""
    entry = journal.own_entry(request, entry_id)
    return services.entry_mark_for_session(entry=entry, marked=data.marked, request=request)


@router.post("/journal/entries/{entry_id}/tell-care-team", response=answers({204: None}, 404))
def entry_tell_care_team(request: HttpRequest, entry_id: UUID) -> Any:
    """Tell your care team about an entry (your choice, after seeing the resources)."""
    entry = journal.own_entry(request, entry_id)
    source_tell_team(patient=entry.patient, source=entry, request=request)
    return Status(204, None)


@router.get("/journal/prompts", response=answers({200: list[PromptOut]}, 404))
@paginate(Pages)
def prompts(request: HttpRequest) -> Any:
    """Your clinic's journal prompts (for patients and their clinicians)."""
    roles = access.roles_of(request.user)
    if roles.patient is not None:
        clinic_ids = {roles.patient.clinic_id}
    else:
        clinic_ids = set(access.require_clinician(request).clinician_clinic_ids)
    return Prompt.objects.filter(clinic_id__in=clinic_ids, active=True).order_by("key")
