from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from afterglow.lib.limits import QUESTIONS_MAX
from afterglow.safety.language.forms import FreeTextForm
from afterglow.visits.sections import SECTIONS


class KeptField(forms.MultipleChoiceField):
    """The items left ticked. An item that went away since the page was drawn (an entry
    unshared meanwhile) is not an error: it is simply no longer offered."""

    def validate(self, value: Any) -> None:
        return None


class SummaryForm(FreeTextForm, forms.Form):
    """What goes in the summary, and the patient's questions (crisis-checked, like every text
    a patient writes)."""

    free_text = ("questions",)

    sections = forms.MultipleChoiceField(
        label=_("What goes in"),
        choices=SECTIONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    keep = KeptField(required=False, widget=forms.MultipleHiddenInput)
    questions = forms.CharField(
        label=_("Your questions"),
        help_text=_(
            "One a line, in your own words. Your care team reads them only once you share "
            "this summary."
        ),
        required=False,
        strip=True,
        # No maxlength on the textarea: browsers cut pasted text silently. The form says so.
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    share = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, offered: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.offered = offered
        field: Any = self.fields["keep"]
        field.choices = [(key, key) for key in offered]

    def clean_keep(self) -> list[str]:
        return [key for key in self.cleaned_data["keep"] if key in self.offered]

    def clean_questions(self) -> str:
        questions: str = self.cleaned_data["questions"]
        if len(questions) > QUESTIONS_MAX:
            raise forms.ValidationError(
                _(
                    "Your questions can hold up to %(max)s characters together; these have "
                    "%(n)s. Your words are still here: shorten them a little, or bring the "
                    "rest to the session."
                ),
                params={"max": f"{QUESTIONS_MAX:,}", "n": f"{len(questions):,}"},
            )
        return questions

    def dropped(self) -> list[str]:
        """The offered items the patient unticked."""
        kept = set(self.cleaned_data["keep"])
        return [key for key in self.offered if key not in kept]

    def ticked(self) -> tuple[set[str], set[str]]:
        """The sections and items ticked as the page should draw them now (bound: as posted)."""
        if self.is_bound:
            posted: Any = self.data
            return set(posted.getlist("sections")), set(posted.getlist("keep"))
        return set(self.initial.get("sections", [])), set(self.initial.get("keep", []))
