"""The clinic admin's home: the clinic at a glance, invitations, second-step resets."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.accounts import services as account_services
from afterglow.accounts.forms import InvitationForm
from afterglow.accounts.models import Invitation, InvitationRole
from afterglow.clinics import access
from afterglow.clinics.hooks import CONTENT_KINDS
from afterglow.clinics.models import Membership


def clinic_home(request: HttpRequest) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    invitations = Invitation.objects.filter(clinic=clinic).select_related("invited_by")[:50]
    context = {
        "clinic": clinic,
        "invitations": invitations,
        "staff_count": Membership.objects.filter(clinic=clinic).values("user").distinct().count(),
        "patient_count": clinic.patients.filter(user__is_active=True).count(),
        "content_kinds": CONTENT_KINDS,
    }
    return render(request, "clinics/clinic_home.html", context)


def invitation_new(request: HttpRequest) -> HttpResponse:
    roles = access.roles_of(request.user)
    allowed = (
        [r.value for r in InvitationRole]
        if roles.is_admin
        else [InvitationRole.PATIENT.value]
        if roles.is_clinician
        else []
    )
    if not allowed:
        raise Http404
    clinic = access.can_invite(request.user, allowed[0])
    assert clinic is not None
    form = InvitationForm(
        request.POST or None,
        roles=allowed,
        clinicians=access.clinicians_of(clinic).filter(is_active=True),
        initial={"role": request.GET.get("role", "")},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        care_team = list(data["care_team"])
        if data["role"] == InvitationRole.PATIENT and roles.is_clinician and not care_team:
            care_team = [request.user]
        sent = account_services.invitation_create(
            inviter=request.user,
            clinic=clinic,
            email=data["email"],
            full_name=data["full_name"],
            role=data["role"],
            care_team=care_team,
            request=request,
            phone=data["phone"],
        )
        _say_sent(request, data["email"], sent.texted)
        return redirect("clinics:home" if roles.is_admin else "careteam:caseload")
    return render(request, "clinics/invitation_new.html", {"form": form, "clinic": clinic})


def _say_sent(request: HttpRequest, email: str, texted: bool | None) -> None:
    if texted is False:
        messages.warning(
            request,
            _(
                "Invitation sent to %(email)s. The text could not be sent just now; the "
                "email has the same link, which works for 7 days."
            )
            % {"email": email},
        )
        return
    text = (
        _("Invitation sent to %(email)s and by text. It works for 7 days.")
        if texted
        else _("Invitation sent to %(email)s. It works for 7 days.")
    )
    messages.success(request, text % {"email": email})


@require_POST
def invitation_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    invitation = get_object_or_404(Invitation, pk=pk, clinic=clinic)
    account_services.invitation_revoke(invitation=invitation, request=request)
    messages.success(
        request, _("The invitation to %(email)s no longer works.") % {"email": invitation.email}
    )
    return redirect("clinics:home")


@require_POST
def staff_mfa_reset(request: HttpRequest, user_id: int) -> HttpResponse:
    clinic, user = access.clinic_staff_member(request, user_id)
    account_services.mfa_reset(user=user, request=request, clinic=clinic)
    messages.success(
        request,
        _("%(name)s will set up two-step sign-in again when they next sign in.") % {"name": user},
    )
    return redirect("clinics:staff")
