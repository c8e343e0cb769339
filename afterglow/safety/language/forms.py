"""The one way a form's free text reaches the detector.

A form that takes words a patient writes inherits ``FreeTextForm`` and names those fields in
``free_text``; after ``is_valid()`` its ``language`` holds the verdict for all of them together.
Pages and the API share the forms, so both get the same verdict. A test walks every form in the
project and fails on a text field that is neither checked here nor listed, with its reason, in
``afterglow.safety.language.coverage.NOT_FREE_TEXT``.
"""

from collections.abc import Iterable
from typing import Any, ClassVar

from afterglow.safety.language.detector import assess_many
from afterglow.safety.language.verdict import Verdict


class FreeTextForm:
    free_text: ClassVar[tuple[str, ...]] = ()
    language: Verdict = Verdict()

    def free_text_fields(self) -> Iterable[str]:
        """The checked fields of this instance (a form with fields made per instance overrides)."""
        return self.free_text

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()  # type: ignore[misc]
        self.language = assess_many(
            str(cleaned.get(name) or "") for name in self.free_text_fields()
        )
        return cleaned
