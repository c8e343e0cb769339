from typing import Any

from django import forms

from afterglow.treatments.models import MaintenancePlan, Protocol, TreatmentSession

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
