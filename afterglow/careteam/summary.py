"""Keeping each patient's caseload summary (``CaseloadSummary``) true to their records.

Every save or delete of a record the summary is made from (a treatment session, a check-in,
a questionnaire or screener, a circle, a shared entry) rebuilds that patient's summary from
the records themselves, in one query and one upsert: nothing is counted up or down, so a
summary cannot drift from what it summarises. Two writers for one patient at once take
turns: the rebuild first locks the patient's row (PostgreSQL; SQLite runs one writer at a
time anyway), so the second one reads the first one's record. Writes that skip model signals
(``bulk_create``, queryset ``update``, ``loaddata``) call ``refresh`` themselves or are
followed by ``manage.py refresh_caseload``, which rebuilds or checks every summary.
``deferred()`` gathers a batch of writes into one rebuild per patient.
"""

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import (
    Count,
    DateTimeField,
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest
from django.db.models.signals import post_delete, post_save

from afterglow.aftercare.models import CheckIn
from afterglow.careteam.models import CaseloadSummary
from afterglow.clinics.models import Patient
from afterglow.journal.models import Entry
from afterglow.outcomes.models import Response, Screening
from afterglow.treatments.models import SessionStatus, TreatmentSession
from afterglow.wellbeing.models import Assessment

LABEL = "careteam.CaseloadSummary"
NEVER = datetime(1970, 1, 1, tzinfo=UTC)  # stands in for "nothing yet" inside GREATEST()
FIELDS = (
    "sessions_done",
    "first_done_at",
    "last_done_at",
    "phq9",
    "phq9_before",
    "gad7",
    "gad7_before",
    "last_activity",
)
SOURCES = (TreatmentSession, Response, Screening, Entry, CheckIn, Assessment)
# A patient going takes their summary with them (cascade): nothing to rebuild.
OWNERS = ("clinics.Patient", "accounts.User", "clinics.Clinic")


def first(qs: QuerySet[Any], column: str, offset: int = 0) -> Subquery:
    """The patient's value of ``column`` in the row ``offset`` of ``qs`` (already ordered)."""
    return Subquery(qs.filter(patient=OuterRef("pk")).values(column)[offset : offset + 1])


def count(qs: QuerySet[Any]) -> Subquery:
    counted = qs.filter(patient=OuterRef("pk")).order_by().values("patient")
    return Subquery(counted.annotate(n=Count("pk")).values("n"), output_field=IntegerField())


def latest_of(*sources: tuple[QuerySet[Any], str]) -> Greatest:
    return Greatest(
        *(
            Coalesce(first(qs.order_by(f"-{column}"), column), Value(NEVER))
            for qs, column in sources
        ),
        output_field=DateTimeField(),
    )


def annotations() -> dict[str, Any]:
    completed = TreatmentSession.objects.filter(status=SessionStatus.COMPLETED)
    # Newest first; answers saved in the same instant are ordered by id, so always the same.
    answers = Response.objects.order_by("-created_at", "-id")
    phq9, gad7 = answers.filter(instrument="phq9"), answers.filter(instrument="gad7")
    return {
        "sessions_done": Coalesce(count(completed), 0),
        "first_done_at": first(completed.order_by("starts_at"), "starts_at"),
        "last_done_at": first(completed.order_by("-starts_at"), "starts_at"),
        "phq9": first(phq9, "total"),
        "phq9_before": first(phq9, "total", 1),
        "gad7": first(gad7, "total"),
        "gad7_before": first(gad7, "total", 1),
        "last_activity": latest_of(
            # Sharing, not writing: when someone writes privately is theirs alone.
            (Entry.objects.filter(shared_at__isnull=False), "shared_at"),
            (CheckIn.objects.all(), "created_at"),
            (Response.objects.all(), "created_at"),
            (Screening.objects.all(), "created_at"),
            (Assessment.objects.all(), "created_at"),
        ),
    }


_built = threading.local()


def _query() -> QuerySet[Any]:
    """The annotated query, built once per thread: resolving its twelve subqueries costs
    about 2 ms, and every write that changes a summary runs it. Only ever cloned (filtered),
    never evaluated; per thread because compiling a clone touches the shared subqueries."""
    query = getattr(_built, "query", None)
    if query is None:
        query = Patient.objects.annotate(**annotations()).order_by().values_list("pk", *FIELDS)
        _built.query = query
    return query


def summaries(patient_ids: Iterable[Any] | None = None) -> list[CaseloadSummary]:
    """The summaries the records make now (all patients when ``patient_ids`` is None)."""
    query = _query()
    patients = query.all() if patient_ids is None else query.filter(pk__in=list(patient_ids))
    made = []
    for pk, *values in patients:
        fields = dict(zip(FIELDS, values, strict=True))
        if fields["last_activity"] is not None and fields["last_activity"] <= NEVER:
            fields["last_activity"] = None
        made.append(CaseloadSummary(patient_id=pk, **fields))
    return made


def refresh(patient_ids: Iterable[Any] | None = None) -> int:
    """Rebuild these patients' summaries (everyone's with None). Returns how many."""
    ids = None if patient_ids is None else list(set(patient_ids))
    with transaction.atomic(savepoint=False):
        if connection.features.has_select_for_update:
            # Wait for anyone else rebuilding these patients to commit, then read afresh
            # (the next statement's snapshot sees their records). NO KEY: inserting a
            # record only takes KEY SHARE on its patient, so writers are not held up.
            locked = Patient.objects.select_for_update(no_key=True).order_by("pk")
            list((locked if ids is None else locked.filter(pk__in=ids)).values_list("pk"))
        made = summaries(ids)
        CaseloadSummary.objects.bulk_create(
            made,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["patient"],
            update_fields=list(FIELDS),
        )
    return len(made)


def drift() -> list[Any]:
    """The patients whose stored summary differs from what their records make now."""
    stored = {s.patient_id: s for s in CaseloadSummary.objects.all()}
    wrong = []
    for fresh in summaries():
        # No row yet is the same as a row of nothing (no records written since it began).
        old = stored.get(fresh.patient_id) or CaseloadSummary(patient_id=fresh.patient_id)
        if [getattr(old, f) for f in FIELDS] != [getattr(fresh, f) for f in FIELDS]:
            wrong.append(fresh.patient_id)
    return wrong


_pending: ContextVar[set[Any] | None] = ContextVar("caseload_pending", default=None)


@contextmanager
def deferred() -> Iterator[None]:
    """Writes inside rebuild each patient's summary once, at the end (nested: the outermost)."""
    if _pending.get() is not None:
        yield
        return
    token = _pending.set(set())
    try:
        yield
        waiting = _pending.get()
    finally:
        _pending.reset(token)
    if waiting:
        refresh(waiting)


def mark(patient_id: Any) -> None:
    """This patient's summary needs rebuilding: now, or at the end of ``deferred()``."""
    waiting = _pending.get()
    if waiting is not None:
        waiting.add(patient_id)
    else:
        refresh([patient_id])


def _changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return  # loaddata: rows arrive in any order; run refresh_caseload afterwards
    origin = kwargs.get("origin")
    if origin is not None:
        model = origin.model if isinstance(origin, QuerySet) else type(origin)
        if model._meta.label in OWNERS:
            return
    if sender is Entry and not _sharing_changed(instance, kwargs):
        return
    mark(instance.patient_id)


def _sharing_changed(entry: Any, kwargs: dict[str, Any]) -> bool:
    """Only shared entries count: a private entry's save changes nothing the team sees."""
    return entry.is_shared or "shared_at" in (kwargs.get("update_fields") or ())


def connect() -> None:
    for model in SOURCES:
        for signal in (post_save, post_delete):
            signal.connect(_changed, sender=model, dispatch_uid=f"caseload-summary-{model}")
