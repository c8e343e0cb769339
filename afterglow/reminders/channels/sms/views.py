"""Text reminders: the person's number (set, verified with a code, turned off) and the
provider's webhooks (STOP/START, delivery status), which must carry its signature."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from afterglow.reminders.channels.sms import services, signature
from afterglow.reminders.channels.sms.backends import SmsError
from afterglow.reminders.channels.sms.forms import TextCodeForm, TextNumberForm
from afterglow.reminders.models import Delivery


def texts(request: HttpRequest) -> HttpResponse:
    number = getattr(request.user, "text_number", None)
    form = TextNumberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.text_number_set(
                user=request.user, number=form.cleaned_data["number"], request=request
            )
        except SmsError:
            form.add_error(None, _("We couldn't send a text just now. Please try again soon."))
        else:
            messages.success(request, _("We texted you a code. Type it below to turn texts on."))
            return redirect("reminders:texts")
    context = {"number": number, "form": form, "code_form": TextCodeForm()}
    return render(request, "reminders/texts.html", context)


@require_POST
def texts_verify(request: HttpRequest) -> HttpResponse:
    form = TextCodeForm(request.POST)
    if form.is_valid() and services.text_number_verify(
        user=request.user, code=form.cleaned_data["code"], request=request
    ):
        messages.success(request, _("Texts are on. Reply STOP to any of them to stop."))
        return redirect("reminders:texts")
    number = getattr(request.user, "text_number", None)
    if form.is_valid():
        form.add_error("code", _("That code didn't work. Check the text, or ask for a new code."))
    context = {"number": number, "form": TextNumberForm(), "code_form": form}
    return render(request, "reminders/texts.html", context, status=400)


@require_POST
def texts_off(request: HttpRequest) -> HttpResponse:
    services.text_number_remove(user=request.user, request=request)
    messages.success(request, _("Texts are off, and your number is removed."))
    return redirect("reminders:texts")


def _signed(request: HttpRequest) -> bool:
    url = settings.AFTERGLOW_BASE_URL.rstrip("/") + request.get_full_path()
    params = {key: request.POST.get(key, "") for key in request.POST}
    return signature.valid(url, params, request.headers.get("X-Twilio-Signature", ""))


@csrf_exempt
@login_not_required
@require_POST
def sms_inbound(request: HttpRequest) -> HttpResponse:
    if not _signed(request):
        return HttpResponse(status=403)
    services.text_keyword_receive(
        number=request.POST.get("From", ""), body=request.POST.get("Body", "")
    )
    return HttpResponse("<Response/>", content_type="text/xml")


@csrf_exempt
@login_not_required
@require_POST
def sms_status(request: HttpRequest) -> HttpResponse:
    if not _signed(request):
        return HttpResponse(status=403)
    sid = request.POST.get("MessageSid", "")
    status = request.POST.get("MessageStatus", "")[:20]
    if sid:
        Delivery.objects.filter(channel="sms", provider_id=sid).update(provider_status=status)
    return HttpResponse(status=204)
