from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.lib.offline import offline_copy
from afterglow.safety import selectors, services
from afterglow.safety.forms import ResolveForm


@login_not_required
@offline_copy
def crisis(request: HttpRequest) -> HttpResponse:
    """Every way to reach help now. Open to everyone, signed in or not."""
    return render(request, "safety/crisis.html")


@require_POST
def flag_acknowledge(request: HttpRequest, flag_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    flag = selectors.flag_for_care_team(request, flag_id)
    services.flag_acknowledge(flag=flag, by=request.user, request=request)
    messages.success(
        request,
        _("Acknowledged. %(name)s's flag stays on the caseload until it is resolved.")
        % {"name": flag.patient.user.full_name},
    )
    if request.POST.get("back") == "patient":
        return redirect("careteam:patient", patient_id=flag.patient_id)
    return redirect("careteam:caseload")


def flag_resolve(request: HttpRequest, flag_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    flag = selectors.flag_for_care_team(request, flag_id)
    form = ResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.flag_resolve(
            flag=flag, by=request.user, request=request, note=form.cleaned_data["note"]
        )
        messages.success(request, _("Resolved."))
        return redirect("careteam:patient", patient_id=flag.patient_id)
    context = {"flag": flag, "form": form, "reasons": selectors.flag_reason_labels(flag)}
    return render(request, "safety/flag_resolve.html", context)
