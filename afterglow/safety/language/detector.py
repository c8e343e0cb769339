"""The detector: normalise, read every sentence with the rules, join methods to intent.

Layers, in order:
1. `normalize`: case, quotes, repeated letters, shorthand, misspellings, contractions.
2. The rules of `crisis_rules` and `concern_rules`, each checked against its guards: idioms after
   or before it, a denial ("no thoughts of self-harm"), someone else as the subject ("my friend's
   brother took his own life"), and ketamine-experience language for death imagery. `index`
   picks, from a sentence's words, the few rules worth trying on it.
3. `joins`: a means (saved pills, a rope, a bridge) near a sign of intent or despair, in the
   same sentence or the next, is explicit even where neither sentence is on its own.
Only category codes leave this module; the words never do.
"""

import re
from collections.abc import Iterable, Sequence

from afterglow.safety.language import (
    concern_extra,
    concern_rules,
    context,
    crisis_extra,
    crisis_rules,
    joins,
    spanish,
)
from afterglow.safety.language import model as language_model
from afterglow.safety.language.index import Joint, RuleIndex
from afterglow.safety.language.normalize import sentences, unquote
from afterglow.safety.language.rule import Rule
from afterglow.safety.language.verdict import Level, Verdict

# Beyond this a text is read in part, so that a pasted book cannot hold a web worker.
MAX_CHARS = 250_000
CRISIS = RuleIndex.build(crisis_rules.RULES + crisis_extra.RULES)
CONCERN = RuleIndex.build(concern_rules.RULES + concern_extra.RULES)
BOTH = Joint(CRISIS, CONCERN)
_ACT_CODES = (
    ("attempt", r"tried|try|trying|attempted|attempt|almost|nearly|came close|survived|failed"),
    (
        "suicidal_thoughts",
        r"think\w*|thought\w*|consider\w*|contemplat\w*|fantas\w*|ideas?|urges?|intrusive|"
        r"obsess\w*|wonder\w*|dream\w*|imagin\w*",
    ),
    ("plan", r"plan\w*|decided|scheduled|date|when|how"),
    ("intent", r"going to|will|shall|about to|ready|tonight|tomorrow|soon|finally|today|now"),
    ("wish_to_die", r"want\w*|wish\w*|would like|hope|need|should|deserve"),
)
_ACT = [(code, re.compile(rf"\b(?:{words})\b")) for code, words in _ACT_CODES]


def assess(text: str | None) -> Verdict:
    """The verdict for one text: its level and the category codes behind it."""
    if not text or not text.strip():
        return Verdict()
    parts, found, explained = read_rules(text)
    # Spanish, read by its own rules beside the English ones (spanish.py).
    found = found | spanish.read(text[:MAX_CHARS])
    if found.is_crisis:
        return found
    reading = language_model.load()
    return found if reading is None else found | reading.read(parts, skip=explained)


def read_rules(text: str) -> tuple[list[str], Verdict, set[int]]:
    """The sentences, what the rules say of them, and which sentences a guard explained away.

    A sentence where a rule's words matched but a guard said why they are harmless (an idiom,
    a denial, someone else, a journey) is not read again by the statistical layer.
    """
    parts = sentences(unquote(text[:MAX_CHARS]))
    explained: set[int] = set()
    return parts, _rules(parts, explained), explained


def _rules(parts: Sequence[str], explained: set[int]) -> Verdict:
    bits = [BOTH.bits(sentence) for sentence in parts]
    crisis = [CRISIS.select(a, b) for a, b, _, _ in bits]
    found = _codes(parts, CRISIS, explained=explained, selected=crisis)
    spots = joins.spots(parts)
    found |= set(joins.crisis_codes(parts, found=spots))
    if found:
        return Verdict(Level.CRISIS, tuple(sorted(found)))
    concern = [CONCERN.select(c, d) for _, _, c, d in bits]
    found = _codes(parts, CONCERN, explained=explained, selected=concern)
    if not found:
        return Verdict()
    # Indirect signs with a means at hand ("a burden ... I have enough pills") are explicit.
    if means := set(joins.crisis_codes(parts, concern=True, found=spots)):
        return Verdict(Level.CRISIS, tuple(sorted(found | means)))
    return Verdict(Level.CONCERN, tuple(sorted(found)))


def assess_many(texts: Iterable[str | None]) -> Verdict:
    """One verdict for several fields of the same form (a title and a body, say)."""
    return assess("\n".join(t for t in texts if t))


def _codes(
    parts: Sequence[str],
    index: RuleIndex,
    *,
    indexed: bool = True,
    explained: set[int] | None = None,
    selected: Sequence[Sequence[Rule]] | None = None,
) -> set[str]:
    """The codes of the rules that hold in some sentence; ``selected``: each one's candidates."""
    found: set[str] = set()
    for i, sentence in enumerate(parts):
        if selected is not None:
            rules = selected[i]
        else:
            rules = index.candidates(sentence) if indexed else index.rules
        for rule in rules:
            for match in rule.pattern.finditer(sentence):
                if _holds(rule, parts, i, match):
                    found.add(
                        _act_code(sentence, match.start()) if rule.code == "act" else rule.code
                    )
                    break
                if explained is not None:
                    explained.add(i)
    return found


# Signs that have ordinary reasons too: a reason told beside them explains them.
_ORDINARY_CODES = frozenset(["goodbye", "giving_away"])


def _holds(rule: Rule, parts: Sequence[str], i: int, match: re.Match[str]) -> bool:
    sentence, start, end = parts[i], match.start(), match.end()
    if rule.unless_after is not None and rule.unless_after.match(sentence[end:]):
        return False
    if rule.unless_before is not None and rule.unless_before.search(sentence[:start]):
        return False
    if rule.negatable and (
        context.denied(sentence, start, end)
        or context.over_now(parts, i, start)
        or context.clarified(parts, i)
    ):
        return False
    if rule.about_writer and not context.about_writer(sentence, start):
        return False
    if context.framed(sentence, start):
        return False
    if rule.code in _ORDINARY_CODES and context.ordinary_reason(parts, i):
        return False
    return not (rule.unless_journey and context.in_journey(parts, i))


def _act_code(sentence: str, start: int) -> str:
    before = " ".join(sentence[:start].split()[-5:])
    for code, pattern in _ACT:
        if pattern.search(before):
            return code
    return "suicidal_thoughts"
