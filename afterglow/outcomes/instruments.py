"""The questionnaires, defined once as data: items, answers, bands and LOINC codes.

PHQ-9 and GAD-7 are reproduced with their standard wording (Pfizer: no permission required
to reproduce, translate, display or distribute). A third instrument is one more entry here.
"""

from dataclasses import dataclass

FREQUENCY = (
    (0, "Not at all"),
    (1, "Several days"),
    (2, "More than half the days"),
    (3, "Nearly every day"),
)
DIFFICULTY_QUESTION = (
    "If you checked off any problems, how difficult have these problems made it for you to do "
    "your work, take care of things at home, or get along with other people?"
)
DIFFICULTY = (
    (0, "Not difficult at all"),
    (1, "Somewhat difficult"),
    (2, "Very difficult"),
    (3, "Extremely difficult"),
)


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    label: str
    code: str


@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    title: str
    stem: str
    items: tuple[str, ...]
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
    title="Patient Health Questionnaire (PHQ-9)",
    stem="Over the last 2 weeks, how often have you been bothered by any of the following "
    "problems?",
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your "
        "family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — "
        "being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    bands=(
        Band(0, 4, "Minimal", "minimal"),
        Band(5, 9, "Mild", "mild"),
        Band(10, 14, "Moderate", "moderate"),
        Band(15, 19, "Moderately severe", "moderately_severe"),
        Band(20, 27, "Severe", "severe"),
    ),
    loinc_panel="44249-1",
    loinc_total="44261-6",
    loinc_items={8: "44260-8"},
    safety_item=8,
)

GAD7 = Instrument(
    code="gad7",
    name="GAD-7",
    title="Generalized Anxiety Disorder scale (GAD-7)",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious, or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen",
    ),
    bands=(
        Band(0, 4, "Minimal", "minimal"),
        Band(5, 9, "Mild", "mild"),
        Band(10, 14, "Moderate", "moderate"),
        Band(15, 21, "Severe", "severe"),
    ),
    loinc_panel="69737-5",
    loinc_total="70274-6",
    loinc_items={},
)

INSTRUMENTS = {i.code: i for i in (PHQ9, GAD7)}
SEVERE_BANDS = {"moderately_severe", "severe"}
REMISSION_BELOW = 5
