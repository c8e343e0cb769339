"""The C-SSRS screener (Columbia Suicide Severity Rating Scale, screen version), as data.

Six yes/no questions with the published wording (The Columbia Lighthouse Project, Columbia
University; Posner et al.; free for clinical use): 1–5 ask about the past month, 6 about a
lifetime, with "Was this within the past 3 months?" when 6 is yes. The published skip logic:
3–5 are asked only when 2 is yes (a no to 2 goes straight to 6).

Scoring follows the screener's published triage (docs/clinical-sources.md):

| answers                                                  | level      |
|----------------------------------------------------------|------------|
| yes to 4 or 5, or yes to 6 within the past 3 months       | high       |
| yes to 3, or yes to 6 more than 3 months ago             | moderate   |
| yes to 1 or 2 only                                       | low        |
| no to everything asked                                   | none       |

A "yes" that was given is never thrown away: if 3–5 arrive although 2 was no (a page read
without JavaScript, an API client), they are kept and scored. Only the 3-month follow-up is
dropped when 6 is no, since it times something the patient said did not happen.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import models
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

Answers = dict[str, bool | None]


class Level(models.TextChoices):
    NONE = "none", _("No risk identified")
    LOW = "low", _("Low risk")
    MODERATE = "moderate", _("Moderate risk")
    HIGH = "high", _("High risk")


RANK = {Level.NONE: 0, Level.LOW: 1, Level.MODERATE: 2, Level.HIGH: 3}
FLAGGED = (Level.MODERATE, Level.HIGH)  # the levels that raise a safety flag


class Origin(models.TextChoices):
    """Where the patient was offered the screener."""

    OUTCOMES = "outcomes", _("The check-ups page")
    PHQ9 = "phq9", _("After a PHQ-9")
    CONCERN = "concern", _("After writing something heavy")


def origin_of(value: str | None) -> str:
    """Any unknown or missing origin counts as the check-ups page."""
    return value if value in Origin.values else Origin.OUTCOMES


@dataclass(frozen=True)
class Question:
    key: str
    number: str
    text: "StrOrPromise"
    hint: "StrOrPromise" = ""
    asked_if: str = ""  # the question whose "yes" asks this one; "" when always asked


PAST_MONTH = _("In the past month")
LIFETIME = _("In your life")
QUESTIONS = (
    Question(
        "q1",
        "1",
        _("Have you wished you were dead or wished you could go to sleep and not wake up?"),
    ),
    Question("q2", "2", _("Have you actually had any thoughts of killing yourself?")),
    Question("q3", "3", _("Have you been thinking about how you might do this?"), asked_if="q2"),
    Question(
        "q4",
        "4",
        _("Have you had these thoughts and had some intention of acting on them?"),
        asked_if="q2",
    ),
    Question(
        "q5",
        "5",
        _(
            "Have you started to work out or worked out the details of how to kill yourself? "
            "Do you intend to carry out this plan?"
        ),
        asked_if="q2",
    ),
    Question(
        "q6",
        "6",
        _(
            "Have you ever done anything, started to do anything, or prepared to do anything "
            "to end your life?"
        ),
        hint=_(
            "Examples: Collected pills, obtained a gun, gave away valuables, wrote a will or "
            "suicide note, took out pills but didn't swallow any, held a gun but changed your "
            "mind or it was grabbed from your hand, went to the roof but didn't jump; or "
            "actually took pills, tried to shoot yourself, cut yourself, tried to hang "
            "yourself, etc."
        ),
    ),
    Question("q6_recent", "6a", _("Was this within the past 3 months?"), asked_if="q6"),
)
BY_KEY = {q.key: q for q in QUESTIONS}
KEYS = tuple(BY_KEY)
PAST_MONTH_KEYS = ("q1", "q2", "q3", "q4", "q5")


def asked(answers: Answers) -> list[str]:
    """The questions the patient must answer, given the answers so far (the skip logic)."""
    return [q.key for q in QUESTIONS if not q.asked_if or answers.get(q.asked_if) is True]


def missing(answers: Answers) -> list[str]:
    return [key for key in asked(answers) if answers.get(key) is None]


def kept(answers: Answers) -> Answers:
    """Every key present (None when not asked or not answered); the follow-up of a "no" to
    6 dropped. Answers to 3–5 stay whatever 2 was (see the module's docstring)."""
    result = {key: answers.get(key) for key in KEYS}
    if result["q6"] is not True:
        result["q6_recent"] = None
    return result


def triage(answers: Answers) -> Level:
    """The screener's published triage, on answers as ``kept`` leaves them."""
    yes = {key for key, value in kept(answers).items() if value is True}
    if yes & {"q4", "q5"} or {"q6", "q6_recent"} <= yes:
        return Level.HIGH
    if "q3" in yes or "q6" in yes:
        return Level.MODERATE
    if yes & {"q1", "q2"}:
        return Level.LOW
    return Level.NONE
