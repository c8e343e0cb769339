import base64
from typing import Any

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, match_token, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts import services
from afterglow.accounts.forms import (
    AcceptInvitationForm,
    CodeForm,
    LanguageForm,
    ProfileForm,
    SignInForm,
    ThemeForm,
)
from afterglow.accounts.pause import SAY_WAIT_FROM, Pause, pause_of, wait_words
from afterglow.accounts.signals import MFA_ENROL, MFA_PENDING
from afterglow.audit.models import Outcome
from afterglow.audit.services import record
from afterglow.clinics import firstrun
from afterglow.clinics.access import roles_of
from afterglow.lib.language import speaking, supported

EXPIRED_NOTES = {
    "idle": gettext_lazy(
        "You were signed out after a while without activity, to keep your information "
        "private. Sign in again to pick up where you were."
    ),
    "absolute": gettext_lazy(
        "You were signed out because your session reached its time limit. "
        "Sign in again to pick up where you were."
    ),
}


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return reverse("home")


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["expired_note"] = EXPIRED_NOTES.get(self.request.GET.get("expired", ""))
        context["first_run"] = firstrun.needed()
        return context


class SignOutView(auth_views.LogoutView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        # Nothing typed on a shared device outlives the session (drafts kept in the browser).
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response


class PasswordChange(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        record(action="auth.password_change", request=self.request)
        messages.success(self.request, _("Your password is changed."))
        return response


class PasswordResetConfirm(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        record(action="auth.password_reset", actor=form.user, request=self.request)
        return response


def locked_out(request: HttpRequest, credentials: Any = None, *args: Any, **kwargs: Any) -> Any:
    return render(request, "accounts/locked_out.html", status=429)


def _paused(devices: Any, *, any_wait: bool) -> Pause | None:
    """The wait to tell the person about: any (``any_wait``: they typed a code while the
    devices wait), else only from the fifth wrong code in a row (shorter waits are over
    before anyone types again)."""
    pause = pause_of(devices, timezone.now())
    if pause is None or (not any_wait and pause.failures < SAY_WAIT_FROM):
        return None
    return pause


def _code_page(
    request: HttpRequest, template: str, context: dict[str, Any], pause: Pause | None
) -> HttpResponse:
    if pause is not None:
        context["pause"] = {
            "until": pause.until,
            "words": wait_words(pause.seconds),
            "long": pause.seconds > 12 * 3600,  # then the day is said too
        }
    return render(request, template, context, status=429 if pause else 200)


def mfa_verify(request: HttpRequest) -> HttpResponse:
    if not request.session.get(MFA_PENDING):
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    pause = _paused(devices_for_user(request.user), any_wait=request.method == "POST")
    if pause is not None and request.method == "POST":
        # The devices check no code while they wait: "didn't work" would be untrue.
        record(action="auth.mfa_paused", request=request, outcome=Outcome.DENIED)
        form = CodeForm()
    elif request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            request.session.pop(MFA_PENDING, None)
            record(action="auth.mfa_verified", request=request)
            return redirect(_next_url(request))
        record(action="auth.mfa_failed", request=request, outcome=Outcome.FAILURE)
        pause = _paused(devices_for_user(request.user), any_wait=False)
        form.add_error(
            "token",
            _(
                "That code didn't work. Codes change every 30 seconds: "
                "try the one showing now, or a backup code."
            ),
        )
    context = {"form": form, "next": _next_url(request)}
    return _code_page(request, "accounts/mfa_verify.html", context, pause)


def _pending_device(request: HttpRequest) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=request.user, name="app", confirmed=False)


def mfa_setup(request: HttpRequest) -> HttpResponse:
    if request.session.get(MFA_PENDING):
        return redirect(f"{reverse('accounts:mfa_verify')}?next={_next_url(request)}")
    device = _pending_device(request)
    form = CodeForm(request.POST or None)
    pause = _paused([device], any_wait=request.method == "POST")
    if pause is not None and request.method == "POST":
        form = CodeForm()
    elif request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            codes = services.mfa_enrol_confirm(user=request.user, device=device, request=request)
            otp_login(request, device)
            request.session.pop(MFA_ENROL, None)
            return render(
                request, "accounts/backup_codes.html", {"codes": codes, "next": _next_url(request)}
            )
        form.add_error(
            "token",
            _(
                "That code didn't match. Check the time on your phone, "
                "then type the code showing now."
            ),
        )
        pause = _paused([device], any_wait=False)
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "qr_svg": qr.svg_inline(scale=5, title=_("QR code for your authenticator app")),
        "secret": _base32(device),
        "next": _next_url(request),
        "required": roles_of(request.user).is_staff_member,
    }
    return _code_page(request, "accounts/mfa_setup.html", context, pause)


def _base32(device: TOTPDevice) -> str:
    raw = base64.b32encode(device.bin_key).decode()
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


@require_POST
def mfa_backup_codes(request: HttpRequest) -> HttpResponse:
    if not user_has_device(request.user, confirmed=True):
        return redirect("accounts:account")
    codes = services.backup_codes_regenerate(user=request.user, request=request)
    return render(
        request, "accounts/backup_codes.html", {"codes": codes, "next": reverse("accounts:account")}
    )


@require_POST
def mfa_disable(request: HttpRequest) -> HttpResponse:
    if roles_of(request.user).is_staff_member:
        messages.error(request, _("Two-step sign-in stays on for staff accounts."))
    else:
        services.mfa_reset(user=request.user, request=request)
        messages.success(request, _("Two-step sign-in is off. You can turn it on again any time."))
    return redirect("accounts:account")


def account(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        services.profile_update(user=request.user, request=request, **form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("accounts:account")
    return _account_page(request, form=form)


@require_POST
def theme(request: HttpRequest) -> HttpResponse:
    form = ThemeForm(request.POST, instance=request.user)
    if form.is_valid():
        services.theme_set(user=request.user, theme=form.cleaned_data["theme"], request=request)
        messages.success(request, _("Saved. Every page now follows this choice."))
        return redirect("accounts:account")
    return _account_page(request, form=ProfileForm(instance=request.user), theme_form=form)


@require_POST
def language(request: HttpRequest) -> HttpResponse:
    form = LanguageForm(request.POST, instance=request.user)
    if form.is_valid():
        services.language_set(
            user=request.user, language=form.cleaned_data["language"], request=request
        )
        # Said in the language just chosen.
        with speaking(request.user):
            messages.success(request, _("Saved. Every page now comes in this language."))
        return redirect("accounts:account")
    return _account_page(request, form=ProfileForm(instance=request.user), language_form=form)


def _account_page(
    request: HttpRequest,
    *,
    form: ProfileForm,
    theme_form: ThemeForm | None = None,
    language_form: LanguageForm | None = None,
) -> HttpResponse:
    context = {
        "form": form,
        "theme_form": theme_form or ThemeForm(instance=request.user),
        "language_form": language_form or LanguageForm(instance=request.user),
        "has_mfa": user_has_device(request.user, confirmed=True),
        "is_staff_member": roles_of(request.user).is_staff_member,
    }
    return render(request, "accounts/account.html", context)


@login_not_required
def invitation_accept(request: HttpRequest, token: str) -> HttpResponse:
    invitation = services.invitation_find(token)
    if invitation is None or not invitation.is_usable:
        status = invitation.status if invitation else "unknown"
        return render(
            request,
            "accounts/invitation_unusable.html",
            {"status": status, "invitation": invitation},
            status=410,
        )
    form = AcceptInvitationForm(
        request.POST or None,
        email=invitation.email,
        default_time_zone=invitation.clinic.time_zone,
        initial={"full_name": invitation.full_name},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = services.invitation_accept(
                invitation=invitation,
                full_name=data["full_name"],
                preferred_name=data["preferred_name"],
                time_zone=data["time_zone"],
                password=data["password1"],
                request=request,
            )
        except services.InvitationUnusable:
            return render(
                request,
                "accounts/invitation_unusable.html",
                {"status": "accepted", "invitation": invitation},
                status=410,
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Afterglow. Your account is ready."))
        return redirect("home")
    return render(
        request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation}
    )


@login_not_required
@require_POST
def language_choose(request: HttpRequest) -> HttpResponse:
    """The language picked before signing in (a cookie, as Django's own switch keeps it)."""
    response = redirect(_next_url(request))
    code = supported(request.POST.get("language"))
    if code:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            code,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=request.is_secure(),
        )
    return response


def session_check(request: HttpRequest) -> HttpResponse:
    """204 while the sign-in is alive (anyone else is sent to sign in): the cheapest
    signed-in request, a baseline for the benchmarks and a check for scripts."""
    return HttpResponse(status=204)
