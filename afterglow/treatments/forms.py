from typing import Any

from django import forms

from afterglow.treatments.models import (
    MaintenancePlan,
    MonitoringRecord,
    Protocol,
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
        help_texts = {
            "dose_mg": "Optional, as given. Afterglow records it; it never suggests a dose.",
            "notes": "Seen by the care team only. Encrypted at rest.",
        }


class PlanForm(forms.ModelForm):
    class Meta:
        model = MaintenancePlan
        fields = ["protocol", "start_date", "start_phase"]
        widgets = {"start_date": forms.DateInput(attrs={"type": "date"})}
        labels = {"start_date": "Course began on", "start_phase": "Starts in"}
        help_texts = {
            "start_date": "The day of the first session of this course, even if it was "
            "before Afterglow.",
            "start_phase": "Choose maintenance for a patient whose induction was not "
            "recorded here.",
        }

    def __init__(self, *args: Any, clinic: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        protocol = self.fields["protocol"]
        assert isinstance(protocol, forms.ModelChoiceField)
        protocol.queryset = Protocol.objects.filter(clinic=clinic)
        protocol.empty_label = "Choose a protocol"
        protocol.error_messages["required"] = "Choose the protocol this plan follows."


class MonitoringForm(forms.ModelForm):
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
            "benzodiazepines",
            "sedative_hypnotics",
            "psychostimulants",
            "maois",
            "serious_adverse_events",
        ]
        widgets = {
            "sedation_resolved": forms.TimeInput(attrs={"type": "time"}),
            "dissociation_resolved": forms.TimeInput(attrs={"type": "time"}),
            "respiratory_resolved": forms.TimeInput(attrs={"type": "time"}),
            "serious_adverse_events": forms.Textarea(attrs={"rows": 3}),
            "monitoring_minutes": forms.NumberInput(attrs={"inputmode": "numeric"}),
        }
        labels = {
            "monitoring_minutes": "Total monitoring time (minutes)",
            "short_monitoring_reason": "If under 2 hours: why",
        }
        help_texts = {"monitoring_minutes": "The REMS program asks for at least 2 hours."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
