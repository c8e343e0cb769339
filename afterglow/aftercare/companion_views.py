"""The patient's companion links, and the guide the companion opens without an account."""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.aftercare import companion
from afterglow.aftercare.models import CompanionLink
from afterglow.clinics import access
from afterglow.safety.resources import resources_for
from afterglow.treatments.models import Modality


def _links_page(request: HttpRequest, patient: Any, here: str) -> HttpResponse:
    now = timezone.now()
    new_url = ""
    if request.method == "POST":
        try:
            _link, token = companion.companion_link_create(
                patient=patient, by=request.user, now=now, request=request
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(here)
        new_url = request.build_absolute_uri(reverse("companion_guide", args=[token]))
    context = {
        "links": list(CompanionLink.objects.filter(patient=patient).select_related("session")),
        "session": companion.session_for_link(patient, now),
        "new_url": new_url,
        "now": now,
        "for_patient": patient if patient.user_id != request.user.pk else None,
    }
    response = render(request, "aftercare/companion_links.html", context)
    response["Cache-Control"] = "no-store"  # the new link is shown once
    return response


def links(request: HttpRequest) -> HttpResponse:
    return _links_page(request, access.own_patient(request), reverse("aftercare:companion"))


def links_for_patient(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    """A clinician makes the link for a patient (at the clinic, before the session)."""
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="companion.view")
    here = reverse("aftercare:patient_companion", args=[patient.pk])
    return _links_page(request, patient, here)


@require_POST
def revoke(request: HttpRequest, link_id: UUID) -> HttpResponse:
    link = access.own_object(request, CompanionLink.objects.all(), pk=link_id)
    companion.companion_link_revoke(link=link, request=request)
    messages.success(request, _("The link is turned off. Anyone who opens it now sees that."))
    return redirect("aftercare:companion")


@require_POST
def revoke_for_patient(request: HttpRequest, patient_id: UUID, link_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="companion.view")
    link = CompanionLink.objects.filter(patient=patient, pk=link_id).first()
    if link is None:
        raise Http404
    companion.companion_link_revoke(link=link, request=request)
    messages.success(request, _("The link is turned off. Anyone who opens it now sees that."))
    return redirect("aftercare:patient_companion", patient_id=patient.pk)


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@login_not_required
def guide(request: HttpRequest, token: str) -> HttpResponse:
    if companion.too_many_misses(request):
        return _private(
            render(request, "aftercare/companion_gone.html", {"busy": True}, status=429)
        )
    now = timezone.now()
    link = companion.link_opened(request, token[:100], now)
    if link is None:
        return _private(render(request, "aftercare/companion_gone.html", {}, status=404))
    if not link.is_open(now):
        return _private(render(request, "aftercare/companion_gone.html", {}, status=410))
    patient = link.patient
    context = {
        "first_name": patient.user.get_short_name(),
        "day": link.session.starts_at,
        "spravato": link.session.modality == Modality.SPRAVATO,
        "clinic": patient.clinic,
        "crisis": resources_for(patient.clinic),  # the clinic's numbers, not the defaults
        "expires_at": link.expires_at,
        "zone": patient.user.time_zone,
    }
    return _private(render(request, "aftercare/companion_guide.html", context))
