"""The clinic admin's patient pages: the list, care teams, inviting many from a CSV file.

The admin manages people here: names, emails and care teams, never clinical content.
"""

from django.contrib import messages
from django.core import signing
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from afterglow.clinics import access, roster, selectors
from afterglow.clinics.forms import CareTeamForm
from afterglow.clinics.models import Clinic
from afterglow.clinics.services import care_team_set


def patient_list(request: HttpRequest) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    context = {
        "clinic": clinic,
        "patients": selectors.patients_of(clinic),
        "waiting": selectors.patient_invitations_waiting(clinic),
    }
    return render(request, "clinics/patient_list.html", context)


def patient_care_team(request: HttpRequest, patient_id: str) -> HttpResponse:
    clinic, patient = access.clinic_patient(request, patient_id)
    current = list(patient.care_team.all())
    choices = access.clinicians_of(clinic).filter(
        Q(is_active=True) | Q(pk__in=[c.pk for c in current])
    )
    data = request.POST if request.method == "POST" else None  # an empty team posts nothing
    form = CareTeamForm(data, clinicians=choices, initial={"clinicians": current})
    if request.method == "POST" and form.is_valid():
        care_team_set(
            patient=patient,
            clinicians=list(form.cleaned_data["clinicians"]),
            by=request.user,
            request=request,
        )
        messages.success(request, _("%(name)s's care team is saved.") % {"name": patient})
        return redirect("clinics:patients")
    context = {"clinic": clinic, "patient": patient, "form": form}
    return render(request, "clinics/patient_care_team.html", context)


def patient_import(request: HttpRequest) -> HttpResponse:
    """Upload a CSV, see every row checked, then send the invitations (all or none)."""
    clinic = access.require_clinic_admin(request)
    if "rows" in request.POST:
        return _import_confirmed(request, clinic)
    form = roster.RosterUploadForm(request.POST or None, request.FILES or None)
    context: dict = {"clinic": clinic, "form": form}
    if request.method == "POST" and form.is_valid():
        try:
            rows = roster.check_rows(roster.read_rows(form.cleaned_data["file"]), clinic)
        except roster.RosterError as problem:
            form.add_error("file", str(problem))
        else:
            context.update(rows=rows, bad=sum(1 for r in rows if r.errors))
            context["sealed"] = "" if context["bad"] else roster.seal(rows)
    return render(request, "clinics/patient_import.html", context)


def _import_confirmed(request: HttpRequest, clinic: Clinic) -> HttpResponse:
    try:
        rows = roster.check_rows(roster.unseal(request.POST["rows"]), clinic)
    except signing.BadSignature:
        messages.error(request, _("That preview is too old. Upload the file again."))
        return redirect("clinics:patient_import")
    bad = sum(1 for r in rows if r.errors)
    if bad:  # something changed since the preview (an invitation, a clinician)
        form = roster.RosterUploadForm()
        context = {"clinic": clinic, "form": form, "rows": rows, "bad": bad, "sealed": ""}
        return render(request, "clinics/patient_import.html", context)
    made = roster.invitations_import(rows=rows, clinic=clinic, by=request.user, request=request)
    messages.success(
        request,
        ngettext("%(n)d invitation sent.", "%(n)d invitations sent.", len(made)) % {"n": len(made)},
    )
    return redirect("clinics:home")
