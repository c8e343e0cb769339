"""Keeping each patient's caseload summary (``CaseloadSummary``) true to their records.

Every save or delete of a record the summary is made from (a treatment session, a check-in,
a questionnaire, a circle, a shared entry) rebuilds that patient's summary from the records
themselves, in one query and one upsert: nothing is counted up or down, so a summary cannot
drift from what it summarises. Writes that skip model signals (``bulk_create``, queryset
``update``) call ``refresh`` themselves; ``manage.py refresh_caseload`` rebuilds or checks
every summary. ``deferred()`` gathers a batch of writes into one rebuild per patient.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

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
SOURCES = (
    "treatments.TreatmentSession",
    "outcomes.Response",
    "journal.Entry",
    "aftercare.CheckIn",
    "wellbeing.Assessment",
)
# A patient, their account or their clinic going: their summary goes with them (cascade).
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


@dataclass(frozen=True)
class Models:
    """The models a summary is made from: the app's own, or a migration's historical ones."""

    patient: Any
    summary: Any
    session: Any
    response: Any
    entry: Any
    check_in: Any
    assessment: Any

    @classmethod
    def of(cls, apps: Any) -> "Models":
        return cls(
            apps.get_model("clinics", "Patient"),
            apps.get_model("careteam", "CaseloadSummary"),
            *(apps.get_model(label) for label in SOURCES),
        )


def annotations(m: Models) -> dict[str, Any]:
    completed = m.session.objects.filter(status="completed")
    answers = m.response.objects.order_by("-created_at")  # as the index runs: no sort
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
            (m.entry.objects.filter(shared_at__isnull=False), "shared_at"),
            (m.check_in.objects.all(), "created_at"),
            (m.response.objects.all(), "created_at"),
            (m.assessment.objects.all(), "created_at"),
        ),
    }


@lru_cache(maxsize=4)
def _query(m: Models) -> QuerySet[Any]:
    """The annotated query, built once: resolving its eleven subqueries costs about 2 ms, and
    every write that changes a summary runs it. Only ever filtered (a clone), never evaluated."""
    return m.patient.objects.annotate(**annotations(m)).order_by().values_list("pk", *FIELDS)


def summaries(patient_ids: Iterable[Any] | None, m: Models) -> list[Any]:
    """The summaries the records make now (all patients when ``patient_ids`` is None)."""
    query = _query(m)
    patients = query.all() if patient_ids is None else query.filter(pk__in=list(patient_ids))
    made = []
    for pk, *values in patients:
        fields = dict(zip(FIELDS, values, strict=True))
        if fields["last_activity"] is not None and fields["last_activity"] <= NEVER:
            fields["last_activity"] = None
        made.append(m.summary(patient_id=pk, **fields))
    return made


def refresh(patient_ids: Iterable[Any] | None = None, m: Models | None = None) -> int:
    """Rebuild these patients' summaries (everyone's with None). Returns how many."""
    m = m or _live()
    made = summaries(patient_ids, m)
    m.summary.objects.bulk_create(
        made,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["patient"],
        update_fields=list(FIELDS),
    )
    return len(made)


def drift(m: Models | None = None) -> list[Any]:
    """The patients whose stored summary differs from what their records make now."""
    m = m or _live()
    stored = {s.patient_id: s for s in m.summary.objects.all()}
    wrong = []
    for fresh in summaries(None, m):
        # No row yet is the same as a row of nothing (no records written since it began).
        old = stored.get(fresh.patient_id) or m.summary(patient_id=fresh.patient_id)
        if [getattr(old, f) for f in FIELDS] != [getattr(fresh, f) for f in FIELDS]:
            wrong.append(fresh.patient_id)
    return wrong


def _live() -> Models:
    from django.apps import apps

    return Models.of(apps)


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
    origin = kwargs.get("origin")
    if origin is not None:
        model = origin.model if isinstance(origin, QuerySet) else type(origin)
        if model._meta.label in OWNERS:
            return
    if sender._meta.label == "journal.Entry" and not _sharing_changed(instance, kwargs):
        return
    mark(instance.patient_id)


def _sharing_changed(entry: Any, kwargs: dict[str, Any]) -> bool:
    """Only shared entries count: a private entry's save changes nothing the team sees."""
    return entry.shared_at is not None or "shared_at" in (kwargs.get("update_fields") or ())


def connect() -> None:
    from django.apps import apps

    for label in SOURCES:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(_changed, sender=model, dispatch_uid=f"caseload-summary-{label}")
