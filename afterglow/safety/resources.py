"""Crisis resources: the clinic's own when we know the clinic, US defaults otherwise."""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CrisisResources:
    crisis_line: str = "988"
    text_keyword: str = "HOME"
    text_number: str = "741741"
    emergency: str = "911"
    clinic_name: str = ""
    clinic_phone: str = ""


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
