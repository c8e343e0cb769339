"""Turning push notifications on and off for this device (push.js on the preferences page)."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from afterglow.reminders.channels import push, services
from afterglow.reminders.channels.forms import PushEndpointForm, PushSubscriptionForm


@require_POST
def push_subscribe(request: HttpRequest) -> HttpResponse:
    if not push.configured():
        return JsonResponse({"errors": {"__all__": [_("Push is not set up here.")]}}, status=409)
    form = PushSubscriptionForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    services.push_subscription_add(user=request.user, request=request, **form.cleaned_data)
    return HttpResponse(status=204)


@require_POST
def push_unsubscribe(request: HttpRequest) -> HttpResponse:
    form = PushEndpointForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    services.push_subscription_remove(
        user=request.user, endpoint=form.cleaned_data["endpoint"], request=request
    )
    return HttpResponse(status=204)
