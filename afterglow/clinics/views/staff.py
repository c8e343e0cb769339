"""The clinic admin's staff pages: who works here, their roles, deactivating and back."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access, selectors
from afterglow.clinics.forms import StaffRole
from afterglow.clinics.staff import (
    StaffChangeRefused,
    staff_deactivate,
    staff_reactivate,
    staff_roles_set,
)


def staff_list(request: HttpRequest) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    context = {"clinic": clinic, "staff": selectors.staff_of(clinic)}
    return render(request, "clinics/staff_list.html", context)


def staff_member(request: HttpRequest, user_id: int) -> HttpResponse:
    clinic, user = access.clinic_staff_member(request, user_id)
    member = selectors.staff_member(clinic, user)
    form = StaffRole(
        request.POST or None, initial={"role": member.role_choice, "title": member.title}
    )
    if request.method == "POST" and form.is_valid():
        try:
            staff_roles_set(
                clinic=clinic,
                user=user,
                roles=form.roles(),
                title=form.cleaned_data["title"],
                by=request.user,
                request=request,
            )
        except StaffChangeRefused as refusal:
            form.add_error("role", str(refusal))
        else:
            messages.success(request, _("%(name)s's role is saved.") % {"name": user})
            return redirect("clinics:staff")
    context = {"clinic": clinic, "member": member, "form": form}
    return render(request, "clinics/staff_member.html", context)


@require_POST
def staff_deactivate_view(request: HttpRequest, user_id: int) -> HttpResponse:
    clinic, user = access.clinic_staff_member(request, user_id)
    try:
        staff_deactivate(clinic=clinic, user=user, by=request.user, request=request)
    except StaffChangeRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("clinics:staff_member", user_id=user.pk)
    messages.success(
        request,
        _("%(name)s is deactivated and was signed out everywhere.") % {"name": user},
    )
    return redirect("clinics:staff")


@require_POST
def staff_reactivate_view(request: HttpRequest, user_id: int) -> HttpResponse:
    clinic, user = access.clinic_staff_member(request, user_id)
    staff_reactivate(clinic=clinic, user=user, by=request.user, request=request)
    messages.success(request, _("%(name)s can sign in again.") % {"name": user})
    return redirect("clinics:staff")
