"""Writes for the summary for the next visit: the patient's choices and questions, sharing and
taking it back. Each validates, saves and leaves an audit row (counts, never the words)."""

from collections.abc import Collection

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.visits.models import VisitSummary
from afterglow.visits.sections import KEYS
from afterglow.visits.selectors import Period


def visit_summary_save(
    *,
    patient: Patient,
    period: Period,
    sections: Collection[str],
    offered: Collection[str],
    dropped: Collection[str],
    questions: str,
    share: bool,
    request: HttpRequest | None = None,
) -> VisitSummary:
    """Keep what the patient chose for this period's summary. ``offered``: the items the page
    showed; of those, ``dropped`` stay out. An item left out before and not shown now (an
    entry unshared meanwhile) stays out. Sharing, or saving one already shared, shares what
    is there now: the care team reads the period up to this moment."""
    now = timezone.now()
    with transaction.atomic():
        summary, _created = VisitSummary.objects.select_for_update().get_or_create(
            patient=patient, since=period.since, defaults={"began": period.began}
        )
        earlier = set(summary.dropped) - set(offered)
        summary.sections = [key for key in KEYS if key in set(sections)]
        summary.dropped = sorted(earlier | set(dropped))
        summary.questions = questions.strip() or None
        if share or summary.shared_at is not None:
            summary.shared_at = now
        summary.full_clean(validate_constraints=False)
        summary.save()
        record(
            action="visit_summary.save",
            request=request,
            patient=patient,
            obj=summary,
            detail={
                "shared": int(summary.is_shared),
                "sections": len(summary.sections),
                "dropped": len(summary.dropped),
                "questions": len(summary.question_list),
            },
        )
    return summary


def visit_summary_unshare(
    *, summary: VisitSummary, request: HttpRequest | None = None
) -> VisitSummary:
    """The care team can no longer open it; the patient's choices and questions stay."""
    summary.shared_at = None
    with transaction.atomic():
        summary.save(update_fields=["shared_at", "updated_at"])
        record(
            action="visit_summary.unshare", request=request, patient=summary.patient, obj=summary
        )
    return summary
