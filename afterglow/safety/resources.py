"""Crisis resources: the clinic's own when we know the clinic, US defaults otherwise."""

from dataclasses import dataclass
from typing import Any

# The Spanish options of the two US services, as the services themselves describe them
# (docs/clinical-sources.md). Shown on Spanish pages only, and only when the clinic's
# numbers are those services' numbers: another country's line has options of its own.
LIFELINE = "988"
LIFELINE_SPANISH_KEY = "2"  # 988 Lifeline: when calling, press 2 for Spanish
LIFELINE_SPANISH_KEYWORD = "AYUDA"  # 988 Lifeline: text AYUDA to 988 for Spanish
TEXT_LINE = "741741"
TEXT_LINE_SPANISH_KEYWORD = "AYUDA"  # Crisis Text Line: text AYUDA to 741741 for Spanish


@dataclass(frozen=True)
class CrisisResources:
    crisis_line: str = "988"
    text_keyword: str = "HOME"
    text_number: str = "741741"
    emergency: str = "911"
    clinic_name: str = ""
    clinic_phone: str = ""

    # Properties, not fields: the API gives the fields above as they are configured.
    @property
    def lifeline_in_spanish(self) -> bool:
        """The crisis line is the 988 Lifeline, which answers in Spanish (press 2, or text
        AYUDA)."""
        return self.crisis_line.strip() == LIFELINE

    @property
    def lifeline_spanish_key(self) -> str:
        return LIFELINE_SPANISH_KEY

    @property
    def lifeline_spanish_keyword(self) -> str:
        return LIFELINE_SPANISH_KEYWORD

    @property
    def text_line_spanish_keyword(self) -> str:
        """The word that reaches a Spanish-speaking counsellor at the text line, if known."""
        return TEXT_LINE_SPANISH_KEYWORD if self.text_number.strip() == TEXT_LINE else ""


def resources_for(clinic: Any) -> CrisisResources:
    if clinic is None:
        return CrisisResources()
    return CrisisResources(
        crisis_line=clinic.crisis_line,
        text_keyword=clinic.crisis_text_keyword,
        text_number=clinic.crisis_text_number,
        emergency=clinic.emergency_number,
        clinic_name=clinic.name,
        clinic_phone=clinic.phone,
    )
