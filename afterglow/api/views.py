"""The person's own API tokens: make one (shown once), see them, revoke one."""

from typing import cast

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.accounts.models import User
from afterglow.api.forms import TokenForm
from afterglow.api.models import ApiToken
from afterglow.api.tokens import token_create, token_revoke
from afterglow.clinics import access


def tokens(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    made = ""
    if request.method == "POST" and form.is_valid():
        _, made = token_create(user=request.user, request=request, **form.cleaned_data)
        form = TokenForm()
    context = {
        "form": form,
        "made": made,
        "tokens": ApiToken.objects.filter(user=cast(User, request.user)),
        "base": request.build_absolute_uri("/api/v1/"),
    }
    return render(request, "api/tokens.html", context)


@require_POST
def revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    token = access.own_account_object(request, ApiToken.objects.all(), pk=token_id)
    token_revoke(token=token, request=request)
    messages.success(
        request, _("“%(name)s” is revoked. It stops working at once.") % {"name": token.name}
    )
    return redirect("api_tokens:list")
