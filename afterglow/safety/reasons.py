"""What each red-flag code means, in the words the care team and the patient see.

The labels are read in the reader's language: a look-up (``REASON_LABELS.get(code, code)``,
``RED_FLAGS[code]``, ``.items()``, ``.values()``) translates at the moment it is made, so the
mappings can stay plain dictionaries of strings for every caller (joins, the API's enums).
"""

from collections.abc import ItemsView, Iterator
from typing import Any

from django.utils.translation import gettext, gettext_noop


class Labels(dict[str, str]):
    """Codes to English labels; every read gives the label in the active language."""

    def __getitem__(self, code: str) -> str:
        return gettext(super().__getitem__(code))

    def get(self, code: str, default: Any = None) -> Any:  # type: ignore[override]
        label = super().get(code)
        return default if label is None else gettext(label)

    def items(self) -> ItemsView[str, str]:  # type: ignore[override]
        return {code: self[code] for code in self}.items()

    def values(self) -> Any:  # type: ignore[override]
        return [self[code] for code in self]

    def english(self) -> Iterator[tuple[str, str]]:
        """The labels as written, whatever the active language."""
        return iter(super().items())


RED_FLAGS = Labels(
    {
        "chest_pain": gettext_noop("Chest pain"),
        "severe_headache": gettext_noop("A severe headache"),
        "confusion": gettext_noop("Confusion that hasn't passed"),
        "self_harm": gettext_noop("Thoughts of harming yourself"),
    }
)

REASON_LABELS = Labels(
    {
        "chest_pain": gettext_noop("Chest pain"),
        "severe_headache": gettext_noop("Severe headache"),
        "confusion": gettext_noop("Confusion that has not passed"),
        "self_harm": gettext_noop("Thoughts of self-harm"),
        "journal_entry": gettext_noop("Wrote about suicide or self-harm in a journal entry"),
        "check_in_note": gettext_noop("Wrote about suicide or self-harm in a check-in note"),
        "message": gettext_noop("Wrote about suicide or self-harm in a message to the care team"),
        "visit_questions": gettext_noop(
            "Wrote about suicide or self-harm in questions for the next visit"
        ),
        "phq9_item9": gettext_noop("PHQ-9 item 9 (thoughts of self-harm) above 0"),
        "phq9_up_5": gettext_noop("PHQ-9 up 5 or more points from their lowest in 8 weeks"),
        "phq9_severe_band": gettext_noop("PHQ-9 moved into moderately severe or severe"),
        "integration_overdue": gettext_noop("No integration session after a treatment"),
        "free_text": gettext_noop("Wrote about suicide or self-harm"),
        # What the crisis-language detector found (category codes, never the words).
        "wish_to_die": gettext_noop("A wish to be dead or not to wake up"),
        "suicidal_thoughts": gettext_noop("Thoughts of suicide"),
        "intent": gettext_noop("Intent to act on thoughts of suicide"),
        "plan": gettext_noop("A plan for suicide"),
        "method": gettext_noop("A method of suicide"),
        "preparation": gettext_noop("Preparing (gathering means, a note)"),
        "attempt": gettext_noop("A suicide attempt"),
        "slang": gettext_noop("Slang or shorthand for suicide or self-harm"),
        "hopelessness": gettext_noop("Hopelessness"),
        "burden": gettext_noop("Feeling a burden to others"),
        "goodbye": gettext_noop("Goodbyes"),
        "giving_away": gettext_noop("Giving things away"),
        "no_way_out": gettext_noop("Feeling trapped, no way out"),
        "not_being_here": gettext_noop("Not being here much longer"),
        "unbearable": gettext_noop("Pain that feels unbearable"),
        "hint": gettext_noop("Indirect hints of suicide"),
        # The statistical reading under the rules (safety/language/model.py): wording close to
        # the corpus' statements, where no rule named the category.
        "wording_explicit": gettext_noop("Wording close to statements of suicide or self-harm"),
        "wording_indirect": gettext_noop("Wording close to indirect signs of distress"),
        "cssrs_moderate": gettext_noop("C-SSRS screener: moderate risk"),
        "cssrs_high": gettext_noop("C-SSRS screener: high risk"),
        "daily_low_days": gettext_noop(
            "Daily check at the bottom of the scale three days in a row"
        ),
        "daily_fall": gettext_noop("Daily check 2 points or more below their 14-day average"),
        "rems_missing": gettext_noop(
            "No completed REMS monitoring record 5 days after a Spravato session"
        ),
    }
)
