"""The patient's rights to their data: download it all, or erase it and close the account.
A clinic admin can start the same erasure on a patient's request."""

from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from afterglow.audit.services import record
from afterglow.clinics import access
from afterglow.clinics.models import Patient
from afterglow.data.erase import erase_patient
from afterglow.data.export import export_zip


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password, to confirm"), widget=forms.PasswordInput, strip=False
    )

    def __init__(self, *args: object, user: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.user = user

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):  # type: ignore[attr-defined]
            raise forms.ValidationError(
                _("That isn't your password. Nothing was deleted."), code="wrong_password"
            )
        return password


class ConfirmEmailForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("The patient's email, to confirm"))

    def __init__(self, *args: object, patient: Patient, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.patient = patient

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"]
        if email.strip().lower() != self.patient.user.email.lower():
            raise forms.ValidationError(
                _("That isn't this patient's email. Nothing was erased."), code="wrong_email"
            )
        return email


def home(request: HttpRequest) -> HttpResponse:
    access.own_patient(request)
    form = ConfirmPasswordForm(user=request.user)
    return render(request, "data/home.html", {"form": form})


@require_POST
def download(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    archive = export_zip(patient)
    record(action="data.export", request=request, patient=patient, detail={"bytes": len(archive)})
    response = HttpResponse(archive, content_type="application/zip")
    name = f"afterglow-data-{timezone.now():%Y-%m-%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def delete(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = ConfirmPasswordForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "data/home.html", {"form": form}, status=400)
    erase_patient(patient=patient, by=request.user, request=request)
    logout(request)
    return redirect("data:erased")


@login_not_required
def erased(request: HttpRequest) -> HttpResponse:
    return render(request, "data/erased.html")


def staff_erase(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    patient = Patient.objects.filter(pk=patient_id, clinic=clinic, user__is_active=True).first()
    if patient is None:
        raise Http404
    form = ConfirmEmailForm(request.POST or None, patient=patient)
    if request.method == "POST" and form.is_valid():
        erase_patient(patient=patient, by=request.user, request=request)
        messages.success(request, _("The patient's data is erased and their account closed."))
        return redirect("clinics:home")
    return render(request, "data/staff_erase.html", {"form": form, "patient": patient})
