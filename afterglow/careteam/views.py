"""The clinician's workspace: the caseload and a patient's page."""

from uuid import UUID

from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from afterglow.aftercare.models import CheckIn
from afterglow.audit.services import record
from afterglow.careteam.display import patient_urls, rows_html, view_of
from afterglow.careteam.listing import FLAG_FILTERS, SORTS, Listing
from afterglow.careteam.selectors import caseload_rows, scores_of
from afterglow.careteam.timeline import KINDS, timeline
from afterglow.clinics import access
from afterglow.journal import selectors as journal
from afterglow.outcomes.chart import blocks_for
from afterglow.outcomes.selectors import latest_screening
from afterglow.reminders import selectors as reminders
from afterglow.safety.reasons import REASON_LABELS
from afterglow.safety.selectors import open_flags
from afterglow.treatments import selectors as treatments
from afterglow.treatments.models import Modality
from afterglow.treatments.schedule import local_day
from afterglow.voice import selectors as voice


def caseload(request: HttpRequest) -> HttpResponse:
    access.require_clinician(request)
    listing = Listing.from_query(request.GET.dict())
    rows = caseload_rows(request.user, timezone.now())
    url_of = patient_urls()
    record(action="caseload.view", request=request, detail={"patients": len(rows)})
    zone = timezone.get_current_timezone()
    shown = [view_of(row, url_of, zone) for row in listing.apply(rows)]
    context = {
        "rows": shown,
        "rows_html": rows_html(shown),
        "total": len(rows),
        "listing": listing,
        "sorts": [(key, spec[0]) for key, spec in SORTS.items()],
        "flag_filters": FLAG_FILTERS,
        "modalities": Modality.choices,
    }
    return render(request, "careteam/caseload.html", context)


def patient_detail(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id)
    shared = journal.shared_entries(patient)
    shown = set(request.GET.getlist("show")) & set(KINDS) or set(KINDS)
    context = {
        "patient": patient,
        "care_team": patient.care_team.all().order_by("full_name"),
        "status": treatments.plan_status(patient),
        "sessions": treatments.sessions_of(patient)[:20],
        "flags": list(open_flags().filter(patient=patient)),
        "check_ins": CheckIn.objects.filter(session__patient=patient).select_related("session")[
            :10
        ],
        "reason_labels": REASON_LABELS,
        # shared entries, and how many of them are for the next session: one aggregate
        **shared.aggregate(
            shared_count=Count("pk"),
            for_session_count=Count("pk", filter=Q(for_next_session=True)),
        ),
        "scores": scores_of(patient),
        "screening": latest_screening(patient),
        "timeline": timeline(patient, shown),
        "kinds": KINDS,
        "shown": shown,
        "outcome_blocks": blocks_for(patient),
        "shared_intentions": list(treatments.shared_intentions(patient)[:5]),
        "shared_voice_notes": list(voice.shared_notes(patient)[:10]),
        "medications": reminders.medications_of(patient),
        "adherence": reminders.adherence(patient, local_day(timezone.now(), patient.time_zone)),
    }
    return render(request, "careteam/patient.html", context)
