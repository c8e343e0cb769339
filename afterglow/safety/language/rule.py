"""One rule of the detector: a pattern over normalised text, its category code, and its guards.

Patterns are written against `normalize.py`'s canonical form (lower case, contractions spelled
out, one space between words, sentences joined by " | "). Two short-hands keep them readable:
``~`` stands for one word followed by a space, so ``~{0,3}`` is a gap of up to three words; and
``SELF`` for the ways of saying "myself".
"""

import re
from dataclasses import dataclass

from afterglow.safety.language.verdict import Level

WORD = r"(?:[a-z0-9:]+ )"
SELF = r"myself"
_WORD_END = r"(?:(?<![a-z0-9])|(?![a-z0-9]))"


def compile_pattern(source: str) -> re.Pattern[str]:
    return re.compile(source.replace("~", WORD).replace("SELF", SELF))


@dataclass(frozen=True)
class Rule:
    code: str
    level: Level
    pattern: re.Pattern[str]
    # The writer must be the one it is about ("my brother wanted to die" is not).
    about_writer: bool = True
    # "no thoughts of self-harm", "I would never kill myself": a negation cancels it.
    negatable: bool = True
    # Idioms and harmless continuations: "killing myself laughing", "cut myself shaving".
    unless_after: re.Pattern[str] | None = None
    unless_before: re.Pattern[str] | None = None
    # Dreamlike death language is ordinary in a ketamine journal: not a concern there.
    unless_journey: bool = False


def rule(
    code: str,
    level: Level,
    pattern: str,
    *,
    about_writer: bool = True,
    negatable: bool = True,
    unless_after: str | None = None,
    unless_before: str | None = None,
    unless_journey: bool = False,
) -> Rule:
    return Rule(
        code=code,
        level=level,
        pattern=compile_pattern(pattern),
        about_writer=about_writer,
        negatable=negatable,
        # A guard ends at a word's end: "at" must not cancel "ate".
        unless_after=compile_pattern(r"^ ?(?:" + unless_after + r")" + _WORD_END)
        if unless_after
        else None,
        unless_before=compile_pattern(r"(?:" + unless_before + r") ?$") if unless_before else None,
        unless_journey=unless_journey,
    )
