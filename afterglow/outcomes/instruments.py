"""The questionnaires, defined once as data: items, answers, bands and LOINC codes.

PHQ-9 and GAD-7 are reproduced with their standard wording (Pfizer: no permission required
to reproduce, translate, display or distribute). A third instrument is one more entry here.

The wording is translatable, and the Spanish catalogue holds Pfizer's published Spanish
versions (Spanish for the USA), word for word (docs/clinical-sources.md). Only the words
change with the language: the answers are the same numbers, scored and banded the same way.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

FREQUENCY = (
    (0, _("Not at all")),
    (1, _("Several days")),
    (2, _("More than half the days")),
    (3, _("Nearly every day")),
)
DIFFICULTY_QUESTION = _(
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
DIFFICULTY = (
    (0, _("Not difficult at all")),
    (1, _("Somewhat difficult")),
    (2, _("Very difficult")),
    (3, _("Extremely difficult")),
)


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    words: "StrOrPromise"  # translated when read, through ``label``
    code: str

    @property
    def label(self) -> str:
        """The band's name in the active language (a plain string for pages and the API)."""
        return str(self.words)


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    title: "StrOrPromise"
    stem: "StrOrPromise"
    items: tuple["StrOrPromise", ...]
    bands: tuple[Band, ...]
    loinc_panel: str
    loinc_total: str
    loinc_items: dict[int, str]
    safety_item: int | None = None  # index of the item that raises a safety flag above 0

    @property
    def max_total(self) -> int:
        return 3 * len(self.items)

    def score(self, answers: list[int]) -> int:
        if len(answers) != len(self.items) or any(a not in (0, 1, 2, 3) for a in answers):
            raise ValueError(f"{self.name} needs {len(self.items)} answers from 0 to 3")
        return sum(answers)

    def band(self, total: int) -> Band:
        for band in self.bands:
            if band.low <= total <= band.high:
                return band
        raise ValueError(f"{total} is outside 0–{self.max_total}")


PHQ9 = Instrument(
    code="phq9",
    name="PHQ-9",
    title=_("Patient Health Questionnaire (PHQ-9)"),
    stem=_(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    items=(
        _("Little interest or pleasure in doing things"),
        _("Feeling down, depressed, or hopeless"),
        _("Trouble falling or staying asleep, or sleeping too much"),
        _("Feeling tired or having little energy"),
        _("Poor appetite or overeating"),
        _(
            "Feeling bad about yourself — or that you are a failure or have let yourself or "
            "your family down"
        ),
        _("Trouble concentrating on things, such as reading the newspaper or watching television"),
        _(
            "Moving or speaking so slowly that other people could have noticed? Or the "
            "opposite — being so fidgety or restless that you have been moving around a lot "
            "more than usual"
        ),
        _("Thoughts that you would be better off dead or of hurting yourself in some way"),
    ),
    bands=(
        Band(0, 4, _("Minimal"), "minimal"),
        Band(5, 9, _("Mild"), "mild"),
        Band(10, 14, _("Moderate"), "moderate"),
        Band(15, 19, _("Moderately severe"), "moderately_severe"),
        Band(20, 27, _("Severe"), "severe"),
    ),
    loinc_panel="44249-1",
    loinc_total="44261-6",
    loinc_items={8: "44260-8"},
    safety_item=8,
)

GAD7 = Instrument(
    code="gad7",
    name="GAD-7",
    title=_("Generalized Anxiety Disorder scale (GAD-7)"),
    stem=_("Over the last 2 weeks, how often have you been bothered by the following problems?"),
    items=(
        _("Feeling nervous, anxious, or on edge"),
        _("Not being able to stop or control worrying"),
        _("Worrying too much about different things"),
        _("Trouble relaxing"),
        _("Being so restless that it is hard to sit still"),
        _("Becoming easily annoyed or irritable"),
        _("Feeling afraid, as if something awful might happen"),
    ),
    bands=(
        Band(0, 4, _("Minimal"), "minimal"),
        Band(5, 9, _("Mild"), "mild"),
        Band(10, 14, _("Moderate"), "moderate"),
        Band(15, 21, _("Severe"), "severe"),
    ),
    loinc_panel="69737-5",
    loinc_total="70274-6",
    loinc_items={},
)

INSTRUMENTS = {i.code: i for i in (PHQ9, GAD7)}
SEVERE_BANDS = {"moderately_severe", "severe"}
REMISSION_BELOW = 5
