from typing import Any

from django import forms
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _

from afterglow.integration.models import GoalStatus
from afterglow.journal.models import Prompt
from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.safety.language.forms import FreeTextForm
from afterglow.treatments.models import SessionStatus, TreatmentSession

DATE = forms.DateInput(attrs={"type": "date"})


class GoalForm(FreeTextForm, forms.Form):
    free_text = ("title", "why", "step1", "step2")

    title = forms.CharField(
        max_length=200,
        label=_("Your goal"),
        error_messages={"required": _("Give your goal a few words.")},
    )
    why = forms.CharField(
        label=_("Why it matters to you"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )
    dimension = forms.ChoiceField(
        choices=[("", "—"), *DIMENSIONS], required=False, label=_("Dimension")
    )
    area = forms.ChoiceField(
        choices=[("", "—"), *INTEGRATION_AREAS], required=False, label=_("Integration area")
    )
    target_date = forms.DateField(
        required=False,
        widget=DATE,
        label=_("Aim to reach it by"),
        help_text=_("Optional. A date that has passed is fine."),
    )
    step1 = forms.CharField(max_length=200, required=False, label=_("A first small step"))
    step1_due = forms.DateField(required=False, widget=DATE, label=_("By"))
    step2 = forms.CharField(max_length=200, required=False, label=_("A second small step"))
    step2_due = forms.DateField(required=False, widget=DATE, label=_("By"))

    def steps(self) -> list[tuple[str, Any]]:
        data = self.cleaned_data
        return [(data["step1"], data["step1_due"]), (data["step2"], data["step2_due"])]

    def goal(self) -> dict[str, Any]:
        """The goal as ``services.goal_create`` takes it (the page and the API)."""
        data = self.cleaned_data
        fields = ("title", "why", "dimension", "area", "target_date")
        return {**{name: data[name] for name in fields}, "steps": self.steps()}


class StepForm(FreeTextForm, forms.Form):
    free_text = ("title",)

    title = forms.CharField(
        max_length=200,
        label=_("A small step"),
        error_messages={"required": _("Write the step in a few words.")},
    )
    due_date = forms.DateField(required=False, widget=DATE, label=_("By"))


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=GoalStatus.choices)


class ReviewForm(FreeTextForm, forms.Form):
    free_text = ("went_well", "was_hard")

    went_well = forms.CharField(
        label=_("What went well with your steps this week?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )
    was_hard = forms.CharField(
        label=_("What was hard, or got in the way?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


class AgendaForm(FreeTextForm, forms.Form):
    free_text = ("topics", "goals_note")

    topics = forms.CharField(
        label=_("What do you want to talk about?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
    )
    goals_note = forms.CharField(
        label=_("How did your goals go?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
    )


class ScheduleForm(forms.Form):
    scheduled_for = forms.DateTimeField(
        label=_("When"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={"required": _("Choose a day and time.")},
    )
    treatment = forms.ModelChoiceField(
        queryset=TreatmentSession.objects.none(),
        required=False,
        label=_("After the treatment of"),
        empty_label="—",
    )

    def __init__(self, *args: Any, patient: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["treatment"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = TreatmentSession.objects.filter(
            patient=patient, status=SessionStatus.COMPLETED
        ).order_by("-starts_at")


class NoteForm(forms.Form):
    insights = forms.CharField(
        label=_("Insights"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("For the care team, unless you share them below."),
        max_length=2000,
        required=False,
    )
    insights_shared = forms.BooleanField(
        required=False, label=_("Share the insights with the patient too")
    )
    tools = forms.CharField(
        label=_("Tools for the patient"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Practices and coping strategies, one a line. The patient "
            "sees these on Today and in their roadmap."
        ),
        max_length=2000,
        required=False,
    )
    areas = forms.MultipleChoiceField(
        choices=INTEGRATION_AREAS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Integration areas"),
    )
    homework_prompt = forms.ModelChoiceField(
        queryset=Prompt.objects.none(),
        required=False,
        label=_("Homework: a journal prompt"),
        empty_label=_("None"),
    )
    homework_step = forms.CharField(
        max_length=200, required=False, label=_("Homework: a small step")
    )
    homework_due = forms.DateField(required=False, widget=DATE, label=_("Step by"))

    def __init__(self, *args: Any, clinic: Any, session: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session = session
        field = self.fields["homework_prompt"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Prompt.objects.filter(clinic=clinic, active=True)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.session is not None and self.session.has_not_happened:
            when = timezone.localtime(self.session.scheduled_for)
            raise forms.ValidationError(
                _("This session is on %(when)s. Write the note once it has happened."),
                params={"when": date_format(when, "M j, g:i A")},
                code="not_yet",
            )
        return data
