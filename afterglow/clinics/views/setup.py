"""The first-run page: while no clinic exists, whoever holds the setup code printed on the
server's console makes the first clinic and invites its first admin."""

from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from afterglow.accounts.services import invitation_send
from afterglow.clinics import firstrun
from afterglow.clinics.forms import FirstRunForm
from afterglow.clinics.founding import clinic_create


@login_not_required
def first_run(request: HttpRequest) -> HttpResponse:
    if not firstrun.needed():
        raise Http404
    now = timezone.now()
    fresh = firstrun.code_ensure(now)
    if fresh is not None:
        firstrun.announce(fresh, now, url=request.build_absolute_uri())
    form = FirstRunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            if firstrun.code_use(data["code"], now):
                founded = clinic_create(
                    name=data["name"],
                    time_zone=data["time_zone"],
                    phone=data["phone"],
                    admin_name=data["admin_name"],
                    admin_email=data["admin_email"],
                    via="first_run",
                    request=request,
                )
            else:
                founded = None
        if founded is not None:
            invitation_send(invitation=founded.invitation, link=founded.link)
            return render(request, "clinics/first_run_done.html", {"founded": founded})
        form.add_error(
            "code",
            _(
                "That isn't the setup code, or it was used or has expired. Open this page "
                "again for a new code on the server's console, or run manage.py setup_code."
            ),
        )
    return render(request, "clinics/first_run.html", {"form": form}, status=200)
