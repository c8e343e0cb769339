from typing import Any

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _

from afterglow.accounts.models import InvitationRole
from afterglow.lib.language import speaking
from afterglow.lib.phones import PhoneNumberField
from afterglow.lib.timezones import validate_time_zone, zone_choices

User = get_user_model()


class SignInForm(AuthenticationForm):
    """Email and password. One message for every failure, so no account's existence leaks."""

    error_messages = {
        "invalid_login": _(
            "That email and password don't match an account. Check them and try again."
        ),
        "inactive": _("That email and password don't match an account. Check them and try again."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Email")
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email", "autofocus": True}
        )


class CodeForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
    )

    def clean_token(self) -> str:
        return "".join(self.cleaned_data["token"].split())


class TimeZoneField(forms.ChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(choices=zone_choices, validators=[validate_time_zone], **kwargs)


class SetPasswordFields(forms.Form):
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters. A short sentence you will remember works well."),
    )
    password2 = forms.CharField(
        label=_("Type it again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def check_password(self, user: Any) -> None:
        p1 = self.cleaned_data.get("password1")
        p2 = self.cleaned_data.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error(
                "password2",
                forms.ValidationError(_("The two passwords are not the same."), code="mismatch"),
            )
            return
        if p1:
            try:
                password_validation.validate_password(p1, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)


class AcceptInvitationForm(SetPasswordFields):
    full_name = forms.CharField(max_length=150, label=_("Your full name"))
    preferred_name = forms.CharField(
        max_length=80,
        required=False,
        label=_("What should we call you?"),
        help_text=_("Optional. We use it to greet you."),
    )
    time_zone = TimeZoneField(
        label=_("Your time zone"),
        required=False,
        help_text=_("We start with your clinic's. Reminders and times follow the one you choose."),
    )

    field_order = ["full_name", "preferred_name", "time_zone", "password1", "password2"]

    def __init__(self, *args: Any, email: str, default_time_zone: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.email = email
        # Without this the list would start at its first entry (Africa/Abidjan), and anyone
        # who skipped the field would get reminders on another continent's clock.
        self.default_time_zone = default_time_zone
        self.fields["time_zone"].initial = default_time_zone

    def clean_time_zone(self) -> str:
        return self.cleaned_data.get("time_zone") or self.default_time_zone

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        probe = User(email=self.email, full_name=cleaned.get("full_name", ""))
        self.check_password(probe)
        return cleaned


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    full_name = forms.CharField(max_length=150, label=_("Full name"))
    phone = PhoneNumberField(
        required=False,
        label=_("Mobile number (optional)"),
        help_text=_(
            "We also text them the link, and nothing else: no name, no clinic. "
            "The number is not kept."
        ),
    )
    role = forms.ChoiceField(label=_("Role"), choices=InvitationRole.choices)
    care_team = forms.ModelMultipleChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Care team"),
        help_text=_("For a patient: the clinicians who will follow them."),
    )

    def __init__(self, *args: Any, roles: list[str], clinicians: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        role_field = self.fields["role"]
        assert isinstance(role_field, forms.ChoiceField)
        role_field.choices = [c for c in InvitationRole.choices if c[0] in roles]
        care_team = self.fields["care_team"]
        assert isinstance(care_team, forms.ModelMultipleChoiceField)
        care_team.queryset = clinicians
        if roles == [InvitationRole.PATIENT]:
            role_field.initial = InvitationRole.PATIENT

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(
                _("Someone already has an account with this email."), code="taken"
            )
        return email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("role") != InvitationRole.PATIENT:
            cleaned["care_team"] = []
        return cleaned


class ProfileForm(forms.ModelForm):
    time_zone = TimeZoneField(label=_("Time zone"))

    class Meta:
        model = User
        fields = ["full_name", "preferred_name", "time_zone"]
        labels = {"full_name": _("Full name"), "preferred_name": _("Preferred name")}


class LanguageForm(forms.ModelForm):
    """The language of every page, email and reminder, on the account page."""

    class Meta:
        model = User
        fields = ["language"]
        labels = {"language": _("Language")}
        help_texts = {
            "language": _(
                "Pages, emails, texts and notifications come in this language. Your care "
                "team sees your own words as you wrote them."
            )
        }
        widgets = {"language": forms.RadioSelect}


class ThemeForm(forms.ModelForm):
    """Light or dark pages, on the account page."""

    class Meta:
        model = User
        fields = ["theme"]
        labels = {"theme": _("Light or dark")}
        help_texts = {
            "theme": _(
                "Dark pages are gentler on the eyes at night. If you follow your device, "
                "pages turn dark when your phone or computer does, for example at sunset."
            )
        }
        widgets = {"theme": forms.RadioSelect}


class ResetPasswordForm(PasswordResetForm):
    """The reset link is written in the account holder's language (their choice, else their
    clinic's), whatever the browser that asked for it speaks."""

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        with speaking(context["user"]):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name,
            )
