"""A statistical reading under the rules, for wordings no rule foresaw.

Rules name the shapes of saying it; people find other words ("every exit is bricked up", "the
shoebox is nearly full now"). Two logistic regressions over the words and word pairs of a
sentence (and of a sentence with the next), trained on the development corpus by
``bench/train_language_model.py``, read each sentence the rules left quiet:

- *risk*: does this read like the corpus' explicit or indirect lines rather than its harmless
  ones? Above ``concern_at`` the verdict is at least ``concern`` (the gentle question).
- *explicit*: does it read like the explicit lines? Above ``crisis_at`` it is ``crisis``.

The thresholds are chosen in training by cross-validation, for specificity. Sentences that deny
("no thoughts of hurting myself"), that are about someone else, or that describe a ketamine
journey are not read, nor those where a rule's words matched and its guard explained them away
("killing myself laughing"): the rules know those better than word counts do. Scoring is a
sum of weights looked up in a dictionary: no library at run time, well under a millisecond for
a long entry. The weights live in ``model.json``, made from the corpus named by its digest; a
test fails when the corpus changes and the model was not trained again.
"""

import json
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from afterglow.safety.language import context
from afterglow.safety.language.verdict import Level, Verdict

PATH = Path(__file__).resolve().parent / "model.json"
_LONGEST = 40  # words: a longer run without a full stop is read in overlapping pieces
_TOKEN = re.compile(r"[a-z0-9]+")
_FIRST = re.compile(r"\b(?:i|me|my|myself|mine)\b")
_OTHER = re.compile(
    r"^(?:\w+ ){0,3}(?:he|she|they|his|her|their|my (?:friend|brother|sister|mom|mum|dad|"
    r"father|mother|son|daughter|wife|husband|partner|cousin|uncle|aunt|grandma|grandpa|"
    r"neighbou?r|colleague|coworker|patient|client|roommate|flatmate|kid|kids|boss|teacher|"
    r"student|niece|nephew|ex|best friend|girlfriend|boyfriend)s?)\b"
)
_DENIAL = re.compile(
    r"\b(?:no|not|never|none|zero|without|nor)\b(?: \w+){0,6} (?:thoughts?|urges?|plans?|"
    r"suicid\w*|self - harm|self harm|harm\w*|hurt\w*|ideation|wish\w*|want\w*|kill\w*|end\w*|"
    r"die|dying|dead|tried|attempt\w*)|"
    r"\b(?:thoughts?|urges?|ideation|self - harm|self harm)\b[^|]{0,40}\b(?:none|no|gone|"
    r"quiet|zero)\b"
)


@dataclass(frozen=True)
class Head:
    weights: dict[str, float]
    bias: float

    def probability(self, features: set[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Model:
    risk: Head
    explicit: Head
    concern_at: float
    crisis_at: float
    digest: str

    def read(self, parts: Sequence[str], *, skip: Collection[int] = ()) -> Verdict:
        """The verdict of the statistical reading alone, leaving out the sentences in skip."""
        risk = explicit = 0.0
        for window in windows(parts, skip=skip):
            found = features(window)
            risk = max(risk, self.risk.probability(found))
            explicit = max(explicit, self.explicit.probability(found))
        if explicit >= self.crisis_at:
            return Verdict(Level.CRISIS, ("wording_explicit",))
        if risk >= self.concern_at:
            return Verdict(Level.CONCERN, ("wording_indirect",))
        return Verdict()


def features(text: str) -> set[str]:
    """Words and pairs of neighbouring words, as the training's CountVectorizer makes them."""
    words = _TOKEN.findall(text)
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def readable(parts: Sequence[str], i: int) -> bool:
    """Whether sentence i is the writer's own, undenied, and not a journey's imagery."""
    sentence = parts[i]
    if _DENIAL.search(sentence):
        return False
    other = _OTHER.search(sentence)
    if other is not None and not _FIRST.search(sentence[other.end() :]):
        return False
    return not context.in_journey(parts, i)


def windows(parts: Sequence[str], *, skip: Collection[int] = ()) -> list[str]:
    """Each readable sentence, and each with the sentence after it.

    A run of words with no full stop is read in pieces of the length the model learned from.
    """
    keep = [i for i in range(len(parts)) if i not in skip and readable(parts, i)]
    out = [piece for i in keep for piece in _pieces(parts[i])]
    return out + [
        f"{parts[i]} | {parts[i + 1]}"
        for i in keep
        if i + 1 < len(parts) and len(parts[i].split()) + len(parts[i + 1].split()) <= _LONGEST
    ]


def _pieces(sentence: str) -> list[str]:
    words = sentence.split()
    if len(words) <= _LONGEST:
        return [sentence]
    step = _LONGEST // 2
    return [" ".join(words[i : i + _LONGEST]) for i in range(0, len(words) - step, step)]


def from_dict(data: dict) -> Model:
    return Model(
        risk=Head(data["risk"]["weights"], data["risk"]["bias"]),
        explicit=Head(data["explicit"]["weights"], data["explicit"]["bias"]),
        concern_at=data["concern_at"],
        crisis_at=data["crisis_at"],
        digest=data["digest"],
    )


@cache
def load() -> Model | None:
    """The shipped model, or None before the first training (the rules then stand alone)."""
    if not PATH.exists():
        return None
    return from_dict(json.loads(PATH.read_text(encoding="utf-8")))
