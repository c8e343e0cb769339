"""Which rules could match a sentence, found from its words before any rule's regex runs.

Most sentences of a long entry hold none of the words a rule needs; running every regular
expression over every sentence cost over 30 ms for 2,000 words. For each rule, every branch of
its pattern is read once: among the parts a match cannot skip, the one whose words are rarest
gives the branch's *keys* (a match of ``(?:i am|i feel) hopeless`` must hold "hopeless"). Keys
are prefixes (``sav`` for ``sav(?:e|ed|ing)``), so reading them can only over-approximate: a
sentence is tried against a rule when one of its words starts with one of the rule's keys. A
branch that cannot be read is tried on every sentence. A test checks that the index never
changes a verdict.
"""

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from afterglow.safety.language.rule import Rule

# Words so common that a key made of them would select almost every sentence.
_COMMON = frozenset(
    [
        "i",
        "a",
        "an",
        "the",
        "to",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "it",
        "is",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "my",
        "me",
        "so",
        "just",
        "really",
        "feel",
        "feeling",
        "felt",
        "not",
        "no",
        "do",
        "did",
        "will",
        "would",
        "can",
        "could",
        "have",
        "has",
        "had",
        "that",
        "this",
        "for",
        "with",
        "you",
        "we",
        "they",
        "he",
        "she",
        "all",
        "like",
        "get",
        "got",
        "go",
        "going",
        "want",
        "what",
        "as",
        "if",
        "but",
        "up",
        "out",
        "about",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


def _group_end(source: str, start: int) -> int:
    """Index just after the ')' closing the group that opens at ``start``."""
    depth, i = 0, start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = source.index("]", i + 1) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            return i
    raise ValueError(source)


def _split_top(source: str) -> list[str]:
    """``source`` split at its top-level ``|``."""
    parts, depth, last, i = [], 0, 0, 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = source.index("]", i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[last:i])
            last = i + 1
        i += 1
    parts.append(source[last:])
    return parts


def _quantified(source: str, i: int) -> tuple[bool, int]:
    """Whether a quantifier at ``i`` lets the element before it be skipped; and where it ends."""
    if i < len(source) and source[i] in "?*":
        return True, i + 1 + (source[i + 1 : i + 2] in ("?", "+"))
    if i < len(source) and source[i] == "+":
        return False, i + 1
    if source.startswith("{", i):
        end = source.index("}", i) + 1
        end += source[end : end + 1] in ("?", "+")
        return source[i + 1 : end - 1].split(",")[0] in ("", "0"), end
    return False, i


def _elements(branch: str) -> list[set[str] | None] | None:
    """For each part a match of ``branch`` cannot skip, the keys one of which it holds."""
    return [keys for keys, _ in _parts(branch) or []] or None


def _word_starts(branch: str) -> list[set[str]]:
    """The parts that begin a word (after a space, ``\\b`` or the start), with known keys."""
    return [keys for keys, starts in _parts(branch) or [] if starts and keys is not None]


def _parts(branch: str) -> list[tuple[set[str] | None, bool]] | None:
    found: list[tuple[set[str] | None, bool]] = []
    i = 0
    while i < len(branch):
        c = branch[i]
        starts = i == 0 or branch[i - 1] == " " or branch[i - 2 : i] in ("\\b", "^")
        if branch.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(branch, i)
        elif c == "(":
            end = _group_end(branch, i)
            content = branch[i + 3 if branch.startswith("(?:", i) else i + 1 : end - 1]
            optional, i = _quantified(branch, end)
            if not optional:
                found.append((_alternatives(content), starts))
        elif c == "\\":
            i += 2
            optional, i = _quantified(branch, i)
        elif c == "[":
            i = branch.index("]", i) + 1
            optional, i = _quantified(branch, i)
        elif c in "^$ ,:.?*+-":
            i += 1
        else:
            word = _WORD.match(branch, i)
            if word is None:
                return None
            optional, after = _quantified(branch, word.end())
            text = word.group(0)
            if optional:
                text = text[:-1]
            if text:
                found.append(({text}, starts))
            i = after
    return found


def _alternatives(source: str) -> set[str] | None:
    keys: set[str] = set()
    for alternative in _split_top(source):
        best = _keys(alternative)
        if best is None:
            return None
        keys |= best
    return keys


def _cost(keys: set[str] | None) -> float:
    if keys is None:
        return float("inf")
    return sum(10.0 if k in _COMMON or len(k) < 3 else 1.0 for k in keys)


def _keys(branch: str) -> set[str] | None:
    """The cheapest set of keys one of which every match of ``branch`` holds."""
    elements = _elements(branch)
    if not elements:
        return None
    best = min(elements, key=_cost)
    return None if best is None or _cost(best) == float("inf") else best


def keys_of(pattern: str) -> set[str] | None:
    """Keys one of which every match of ``pattern`` holds as a word's start; None if unknown."""
    return _alternatives(pattern)


_WORDS_KEPT = 50_000  # the cache of words' rules is emptied past this many words


@dataclass(frozen=True)
class RuleIndex:
    """Sets of rules and of keys are bits of an integer: a sentence's are its words' or-ed."""

    rules: Sequence[Rule]
    by_key: dict[str, int]  # a key: the rules it selects, bit n for rule n
    longest: int
    always: int
    # Further parts each match must hold, one key of each (bit k for need key k): checked
    # before the regex runs.
    needs: dict[int, tuple[int, ...]] = field(default_factory=dict)
    need_bits: dict[str, int] = field(default_factory=dict)
    # Each word, worked out once (the same words come back in every entry): the rules its
    # starts select, and the keys of ``needs`` it starts with.
    by_word: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def build(cls, rules: Sequence[Rule]) -> "RuleIndex":
        by_key: dict[str, int] = defaultdict(int)
        always = 0
        parts_of: dict[int, list[frozenset[str]]] = {}
        for n, rule in enumerate(rules):
            parts = [frozenset(k) for k in _word_starts(rule.pattern.pattern) if _cost(k) < 30]
            if parts:
                parts_of[n] = parts
            keys = keys_of(rule.pattern.pattern)
            if keys is None:
                always |= 1 << n
                continue
            for key in keys:
                by_key[key] |= 1 << n
        need_keys = sorted({k for parts in parts_of.values() for keys in parts for k in keys})
        need_bits = {k: 1 << b for b, k in enumerate(need_keys)}
        needs = {
            n: tuple(sum(need_bits[k] for k in keys) for keys in parts)
            for n, parts in parts_of.items()
        }
        return cls(
            rules=rules,
            by_key=dict(by_key),
            longest=max(map(len, [*by_key, *need_keys]), default=0),
            always=always,
            needs=needs,
            need_bits=need_bits,
        )

    def _of_word(self, word: str) -> tuple[int, int]:
        chosen = held = 0
        for n in range(1, min(len(word), self.longest) + 1):
            start = word[:n]
            chosen |= self.by_key.get(start, 0)
            held |= self.need_bits.get(start, 0)
        if len(self.by_word) >= _WORDS_KEPT:
            self.by_word.clear()
        self.by_word[word] = (chosen, held)
        return chosen, held

    def candidates(self, sentence: str) -> list[Rule]:
        """The rules worth trying on this sentence, in their written order."""
        chosen, held = self.always, 0
        by_word = self.by_word
        for word in sentence.split():
            rules, keys = by_word.get(word) or self._of_word(word)
            chosen |= rules
            held |= keys
        return self.select(chosen, held)

    def select(self, chosen: int, held: int) -> list[Rule]:
        """The rules chosen by a sentence's words whose every needed part it holds."""
        out: list[Rule] = []
        needs, all_rules = self.needs, self.rules
        while chosen:
            low = chosen & -chosen
            n = low.bit_length() - 1
            chosen ^= low
            if all(held & keys for keys in needs.get(n, ())):
                out.append(all_rules[n])
        return out


@dataclass(frozen=True)
class Joint:
    """Two indexes read in one pass over each sentence's words (the crisis and concern rules)."""

    first: RuleIndex
    second: RuleIndex
    by_word: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def bits(self, sentence: str) -> tuple[int, int, int, int]:
        """The rules each index chooses for this sentence, and the needed keys it holds."""
        a, b, c, d = self.first.always, 0, self.second.always, 0
        by_word = self.by_word
        for word in sentence.split():
            found = by_word.get(word)
            if found is None:
                if len(by_word) >= _WORDS_KEPT:
                    by_word.clear()
                found = by_word[word] = self.first._of_word(word) + self.second._of_word(word)
            a |= found[0]
            b |= found[1]
            c |= found[2]
            d |= found[3]
        return a, b, c, d
