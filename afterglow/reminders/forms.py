from datetime import time
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from afterglow.lib.timezones import validate_time_zone
from afterglow.reminders.models import PATIENT_KINDS, Taken

MAX_TIMES = 6


class PreferenceForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Remind me about"),
        choices=[(k.value, k.label) for k in PATIENT_KINDS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    in_app = forms.BooleanField(label=_("In Afterglow (the bell at the top)"), required=False)
    email = forms.BooleanField(label=_("By email"), required=False)
    quiet_start = forms.TimeField(
        label=_("Quiet from"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_end = forms.TimeField(
        label=_("Quiet until"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_(
            "Nothing arrives between these times; it waits until they end. "
            "Overnight is fine, like 21:00 until 08:00."
        ),
    )
    daily_at = forms.TimeField(
        label=_("Daily reminders at"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("When check-ups, the daily check, the circle and the medicines check arrive."),
    )
    time_zone = forms.CharField(
        label=_("Your time zone"),
        max_length=64,
        help_text=_("Like America/Chicago or Europe/London. Every time above is in this zone."),
    )

    def __init__(self, *args: Any, staff: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.staff = staff
        if staff:
            for name in ("kinds", "in_app", "quiet_start", "quiet_end", "daily_at"):
                del self.fields[name]
            self.fields["email"].label = _(
                "Also email me when a patient on my care team is flagged"
            )

    def clean_time_zone(self) -> str:
        zone = self.cleaned_data["time_zone"].strip()
        validate_time_zone(zone)
        return zone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("quiet_start"), data.get("quiet_end")
        if not self.staff and (start is None) != (end is None):
            raise ValidationError(
                _("Give both quiet-hours times, or leave both empty."), code="quiet_hours"
            )
        return data

    def off(self) -> list[str]:
        if self.staff:
            return []
        chosen = set(self.cleaned_data.get("kinds") or [])
        return [k.value for k in PATIENT_KINDS if k.value not in chosen]


def parse_times(text: str) -> list[str]:
    """ "8:00, 20:30" -> ["08:00", "20:30"]; a clear message for anything else."""
    times = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            clock = time.fromisoformat(part if len(part) > 4 else f"0{part}")
        except ValueError:
            raise ValidationError(
                _("“%(text)s” isn't a time we can read. Use hours and minutes, like 08:00."),
                code="invalid_time",
                params={"text": part[:20]},
            ) from None
        times.append(f"{clock:%H:%M}")
    if len(set(times)) > MAX_TIMES:
        raise ValidationError(
            _("Up to %(n)s times a day."), code="too_many_times", params={"n": MAX_TIMES}
        )
    return sorted(set(times))


class MedicationForm(forms.Form):
    name = forms.CharField(label=_("Medicine"), max_length=120)
    dose = forms.CharField(
        label=_("How you take it (optional)"),
        max_length=120,
        required=False,
        help_text=_("In your own words, as your prescriber told you, like “one tablet”."),
    )
    times = forms.CharField(
        label=_("Times of day (optional)"),
        max_length=80,
        required=False,
        help_text=_(
            "Hours and minutes, separated by commas, like 08:00, 20:00. "
            "We'll remind you at these times."
        ),
    )

    def clean_times(self) -> list[str]:
        return parse_times(self.cleaned_data.get("times") or "")


class CheckForm(forms.Form):
    answer = forms.ChoiceField(choices=Taken.choices)
