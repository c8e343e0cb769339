from typing import Any

from django import forms
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from afterglow.safety.language.forms import FreeTextForm
from afterglow.treatments.models import (
    INTENTION_MAX,
    MaintenancePlan,
    MonitoringRecord,
    Protocol,
    SpravatoDose,
    TreatmentSession,
)

LOCAL = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class SessionForm(forms.ModelForm):
    """Times are typed in the patient's time zone (the view activates it)."""

    class Meta:
        model = TreatmentSession
        fields = ["modality", "status", "starts_at", "ends_at", "dose_mg", "notes"]
        widgets = {
            "starts_at": LOCAL,
            "ends_at": LOCAL,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "modality": _("Modality"),
            "status": _("Status"),
            "notes": _("Notes"),
        }
        help_texts = {
            "dose_mg": _("Optional, as given. Afterglow records it; it never suggests a dose."),
            "notes": _("Seen by the care team only. Encrypted at rest."),
        }


class PlanForm(forms.ModelForm):
    class Meta:
        model = MaintenancePlan
        fields = ["protocol", "start_date", "start_phase"]
        widgets = {"start_date": forms.DateInput(attrs={"type": "date"})}
        labels = {
            "protocol": _("Protocol"),
            "start_date": _("Course began on"),
            "start_phase": _("Starts in"),
        }
        help_texts = {
            "start_date": _(
                "The day of the first session of this course, even if it was before Afterglow."
            ),
            "start_phase": _(
                "Choose maintenance for a patient whose induction was not recorded here."
            ),
        }

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        protocol = self.fields["protocol"]
        assert isinstance(protocol, forms.ModelChoiceField)
        protocol.queryset = Protocol.objects.filter(clinic=clinic)
        protocol.empty_label = _("Choose a protocol")
        protocol.error_messages["required"] = _("Choose the protocol this plan follows.")
        # The shipped protocols' names read in the reader's language; a clinic's own as written.
        protocol.label_from_instance = lambda p: gettext(p.name)  # type: ignore[method-assign,assignment]


# What the REMS form records, each with a message that says what is missing (a blood
# pressure's moment is the legend of its group, read with the field).
MONITORING_REQUIRED = {
    "lot_number": _("Write the lot number printed on the device."),
    "bp_before_systolic": _("Give the systolic pressure."),
    "bp_before_diastolic": _("Give the diastolic pressure."),
    "bp_40_systolic": _("Give the systolic pressure."),
    "bp_40_diastolic": _("Give the diastolic pressure."),
    "bp_discharge_systolic": _("Give the systolic pressure."),
    "bp_discharge_diastolic": _("Give the diastolic pressure."),
    "monitoring_minutes": _("Give the total monitoring time, in minutes."),
}
CONCOMITANT = ("benzodiazepines", "sedative_hypnotics", "psychostimulants", "maois")
DURING = ("sedation", "dissociation", "respiratory")


class MonitoringForm(forms.ModelForm):
    # Three choices, one of them always given: radio buttons, no "---------" to pick.
    dose = forms.ChoiceField(
        choices=SpravatoDose.choices,
        widget=forms.RadioSelect,
        label=_("Dose given"),
        error_messages={"required": _("Choose the dose given: 56 mg, 84 mg or other.")},
    )

    class Meta:
        model = MonitoringRecord
        fields = [
            "dose",
            "dose_other_mg",
            "lot_number",
            "bp_before_systolic",
            "bp_before_diastolic",
            "bp_40_systolic",
            "bp_40_diastolic",
            "bp_discharge_systolic",
            "bp_discharge_diastolic",
            "sedation",
            "sedation_resolved",
            "dissociation",
            "dissociation_resolved",
            "respiratory",
            "respiratory_resolved",
            "monitoring_minutes",
            "short_monitoring_reason",
            *CONCOMITANT,
            "serious_adverse_events",
        ]
        widgets = {
            "sedation_resolved": forms.TimeInput(attrs={"type": "time"}),
            "dissociation_resolved": forms.TimeInput(attrs={"type": "time"}),
            "respiratory_resolved": forms.TimeInput(attrs={"type": "time"}),
            "serious_adverse_events": forms.Textarea(attrs={"rows": 3}),
            "short_monitoring_reason": forms.Textarea(attrs={"rows": 2}),
            "monitoring_minutes": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }
        labels = {
            "dose_other_mg": _("Other dose (mg)"),
            "lot_number": _("Lot number"),
            "sedation": _("Sedation"),
            "sedation_resolved": _("Sedation resolved"),
            "dissociation": _("Dissociation"),
            "dissociation_resolved": _("Dissociation resolved"),
            "respiratory": _("Respiratory changes"),
            "respiratory_resolved": _("Respiratory resolved"),
            "benzodiazepines": _("Benzodiazepines"),
            "sedative_hypnotics": _("Non-benzodiazepine sedative-hypnotics"),
            "psychostimulants": _("Psychostimulants"),
            "maois": _("MAOIs"),
            "serious_adverse_events": _("Serious adverse events"),
            "monitoring_minutes": _("Total monitoring time (minutes)"),
            "short_monitoring_reason": _("If under 2 hours: why"),
            "bp_before_systolic": _("Systolic"),
            "bp_before_diastolic": _("Diastolic"),
            "bp_40_systolic": _("Systolic"),
            "bp_40_diastolic": _("Diastolic"),
            "bp_discharge_systolic": _("Systolic"),
            "bp_discharge_diastolic": _("Diastolic"),
        }
        help_texts = {"monitoring_minutes": _("The REMS program asks for at least 2 hours.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # The program records every one of these; the model keeps older records without them.
        for name, message in MONITORING_REQUIRED.items():
            self.fields[name].required = True
            self.fields[name].error_messages["required"] = message
        for name in ("bp_before", "bp_40", "bp_discharge"):
            for part in ("systolic", "diastolic"):
                self.fields[f"{name}_{part}"].widget.attrs["inputmode"] = "numeric"

    def blood_pressures(self) -> list[tuple[str | Promise, forms.BoundField, forms.BoundField]]:
        """The three readings, each a systolic and diastolic pair under its own heading."""
        return [
            (when, self[f"{name}_systolic"], self[f"{name}_diastolic"])
            for name, when in (
                ("bp_before", _("Blood pressure before dosing")),
                ("bp_40", _("Blood pressure about 40 minutes after")),
                ("bp_discharge", _("Blood pressure before discharge")),
            )
        ]

    def during(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        """Sedation, dissociation, respiratory changes: each a tick and when it resolved."""
        return [(self[name], self[f"{name}_resolved"]) for name in DURING]

    def concomitant(self) -> list[forms.BoundField]:
        return [self[name] for name in CONCOMITANT]


INTENTION_PROMPTS = (
    _("What would you like to understand?"),
    _("What would you like to let go of?"),
    _("What would you like to feel more of?"),
)


class IntentionForm(FreeTextForm, forms.Form):
    """A sentence or two the patient carries into a session (and sees again after it)."""

    free_text = ("text",)

    text = forms.CharField(
        label=_("Your intention for this session"),
        max_length=INTENTION_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Write a few words, or leave this page: an intention is optional."),
            "max_length": _("Keep it to a sentence or two (at most %(limit_value)d characters)."),
        },
    )
    shared = forms.BooleanField(
        label=_("Share it with my care team"),
        required=False,
        help_text=_("Your therapist sees it only while you share it. You can change this later."),
    )
