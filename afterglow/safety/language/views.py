"""The patient's answers to the notice: tell my care team, or not now."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.safety.language import services
from afterglow.safety.models import TextCheck


def _back(request: HttpRequest) -> str:
    back = request.POST.get("back", "")
    safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
    return back if back.startswith("/") and safe else "/"


@require_POST
def tell_team(request: HttpRequest, check_id: UUID) -> HttpResponse:
    check = access.own_object(request, TextCheck.objects.all(), pk=check_id)
    services.text_check_tell_team(check=check, request=request)
    messages.success(
        request,
        _(
            "Your care team will see that you asked them to check in with you. They see that "
            "you asked, not what you wrote, and they read it when they are next at work. If you "
            "need someone now, the numbers at the top of the page are there."
        ),
    )
    return redirect(_back(request))


@require_POST
def decline(request: HttpRequest, check_id: UUID) -> HttpResponse:
    check = access.own_object(request, TextCheck.objects.all(), pk=check_id)
    services.text_check_decline(check=check, request=request)
    messages.success(
        request, _("That's okay. The numbers at the top of the page are always there.")
    )
    return redirect(_back(request))
