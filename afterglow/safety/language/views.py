"""The patient's answers to the notice: tell my care team, or not now."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.safety.language import services
from afterglow.safety.models import TextCheck


def _back(request: HttpRequest) -> str:
    back = request.POST.get("back", "")
    safe = url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure())
    return back if back.startswith("/") and safe else "/"


# Say exactly what the care team is shown: a flag that the patient asked for help, with the
# kind of worry; the words themselves only where the team sees that kind of writing anyway.
TOLD = {
    "journal.entry": _(
        "We've let your care team know you asked for help. They see that you asked, after "
        "writing about suicide or self-harm in your journal. They don't see this entry: it "
        "stays private unless you share it. They'll see your request when they are next at "
        "work. If you need someone now, the numbers at the top of the page are there."
    ),
    "aftercare.checkin": _(
        "We've let your care team know you asked for help. They see that you asked, and this "
        "check-in with its note, as they see every check-in. They'll see your request when "
        "they are next at work. If you need someone now, the numbers at the top of the page "
        "are there."
    ),
    "conversations.message": _(
        "We've let your care team know you asked for help. They see that you asked, and "
        "your message, as they see every message. They'll see your request when they are "
        "next at work. If you need someone now, the numbers at the top of the page are there."
    ),
    "visits.visitsummary": _(
        "We've let your care team know you asked for help. They see that you asked, after "
        "writing about suicide or self-harm in your questions for the next visit. They read "
        "the questions themselves only in a summary you share. They'll see your request when "
        "they are next at work. If you need someone now, the numbers at the top of the page "
        "are there."
    ),
}
TOLD_ANYWHERE = _(
    "We've let your care team know you asked for help. They see that you asked and what kind "
    "of worry it was, not your words. They'll see your request when they are next at work. "
    "If you need someone now, the numbers at the top of the page are there."
)


@require_POST
def tell_team(request: HttpRequest, check_id: UUID) -> HttpResponse:
    check = access.own_object(request, TextCheck.objects.all(), pk=check_id)
    services.text_check_tell_team(check=check, request=request)
    messages.success(request, TOLD.get(check.source_type, TOLD_ANYWHERE))
    return redirect(_back(request))


@require_POST
def decline(request: HttpRequest, check_id: UUID) -> HttpResponse:
    check = access.own_object(request, TextCheck.objects.all(), pk=check_id)
    services.text_check_decline(check=check, request=request)
    messages.success(
        request, _("That's okay. The numbers at the top of the page are always there.")
    )
    return redirect(_back(request))
