"""Forms of the clinic admin's pages and of a new clinic: the one validation layer for the
pages, ``create_clinic`` and the first-run page."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from afterglow.accounts.forms import TimeZoneField
from afterglow.clinics.models import Clinic, Role

User = get_user_model()


class NewClinicForm(forms.Form):
    name = forms.CharField(label=_("Clinic name"), max_length=120)
    time_zone = TimeZoneField(
        label=_("Clinic time zone"),
        initial="America/New_York",
        help_text=_("New people start in this time zone; each can choose their own."),
    )
    phone = forms.CharField(label=_("Clinic phone"), max_length=40, required=False)
    admin_name = forms.CharField(label=_("First admin's full name"), max_length=150)
    admin_email = forms.EmailField(
        label=_("First admin's email"),
        help_text=_("They get an invitation to create their account and run the clinic."),
    )

    def clean_name(self) -> str:
        name: str = " ".join(self.cleaned_data["name"].split())
        if Clinic.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _("A clinic named %(name)s already exists."), params={"name": name}
            )
        return name

    def clean_admin_email(self) -> str:
        email: str = self.cleaned_data["admin_email"].strip().lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(_("Someone already has an account with this email."))
        return email


class FirstRunForm(NewClinicForm):
    code = forms.CharField(
        label=_("Setup code"),
        max_length=40,
        help_text=_("Printed on the server's console when this page was first opened."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    field_order = ["code", "name", "time_zone", "phone", "admin_name", "admin_email"]


class ClinicSettingsForm(forms.ModelForm):
    time_zone = TimeZoneField(label=_("Clinic time zone"))

    class Meta:
        model = Clinic
        fields = [
            "name",
            "phone",
            "time_zone",
            "crisis_line",
            "crisis_text_keyword",
            "crisis_text_number",
            "emergency_number",
            "sms_monthly_cap",
            "language",
        ]
        labels = {
            "name": _("Clinic name"),
            "phone": _("Clinic phone"),
            "crisis_line": _("Crisis line (call or text)"),
            "crisis_text_keyword": _("Crisis text line: word to send"),
            "crisis_text_number": _("Crisis text line: number"),
            "emergency_number": _("Emergency number"),
            "sms_monthly_cap": _("Text messages a person may get in a month"),
            "language": _("Language"),
        }
        help_texts = {
            "crisis_line": _("Shown at the top of every page. In the US: 988."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cap = self.fields["sms_monthly_cap"]
        cap.help_text = _(
            "Reminders by text, counted per person from the first of the month in the clinic's "
            "time zone. Past it, the rest of the month's reminders go by email and notification "
            "only. Leave empty for this server's default (%(default)s)."
        ) % {"default": settings.AFTERGLOW_SMS_MONTHLY_CAP}


class StaffRole(forms.Form):
    ROLES = [
        ("clinician", _("Clinician")),
        ("admin", _("Clinic admin")),
        ("both", _("Clinician and clinic admin")),
    ]
    role = forms.ChoiceField(label=_("Role"), choices=ROLES)
    title = forms.CharField(
        label=_("Title shown to patients"),
        max_length=80,
        required=False,
        help_text=_("For a clinician, e.g. Therapist, Nurse, Psychiatrist."),
    )

    def roles(self) -> set[str]:
        chosen = self.cleaned_data["role"]
        return {Role.CLINICIAN, Role.ADMIN} if chosen == "both" else {chosen}


class ClinicianChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        if obj.is_active:
            return str(obj.full_name)
        return str(_("%(name)s (deactivated)") % {"name": obj.full_name})


class CareTeamForm(forms.Form):
    clinicians = ClinicianChoice(
        label=_("Care team"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The clinicians who follow this patient and see what they share."),
    )

    def __init__(self, *args: Any, clinicians: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["clinicians"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = clinicians
