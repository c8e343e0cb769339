"""A statistical reading under the rules, for wordings no rule foresaw.

Rules name the shapes of saying it; people find other words ("every exit is bricked up", "the
shoebox is nearly full now"). Logistic regressions, trained on the development corpus by
``bench/train_language_model.py``, read each sentence the rules left quiet (and each sentence
with the next):

- *risk*: does this read like the corpus' explicit or indirect lines rather than its harmless
  ones? One three-class model (harmless, indirect, explicit) gives the chance it is not
  harmless. Above ``concern_at`` the verdict is at least ``concern`` (the gentle question).
- *explicit*: does it read like the explicit lines? Above ``crisis_at`` it is ``crisis``.

Their features are the words and pairs of neighbouring words of a window, present or not. The
*explicit* head's are weighted by how much more often each occurs in explicit lines than in the
rest (naive Bayes' log-count ratio, as in NBSVM). Both choices were made by the cross-validation
across writers of ``bench/model_cv.py``, which found them to lift the recall of lines written by
someone the model never read; the thresholds are chosen in training by that same
cross-validation, for specificity.

Sentences that deny ("no thoughts of hurting myself"), that are about someone else, or that
describe a ketamine journey are not read, nor those where a rule's words matched and its guard
explained them away ("killing myself laughing"): the rules know those better than word counts
do. Scoring is sums of weights looked up in dictionaries: no library at run time; a sentence's
sums are worked out once and reused for the window it makes with its neighbour. The weights (the
ratio already folded in) live in ``model.json``, made from the corpus named by its digest; a
test fails when the corpus changes and the model was not trained again.
"""

import json
import math
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
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
_SEPARATOR = "|"  # between a sentence and the next in a window


@dataclass(frozen=True)
class Head:
    """One logistic regression over the words and word pairs of a window."""

    weights: dict[str, float]
    bias: float

    def logit(self, text: str) -> float:
        """The score of one window, read from its text (the slow way, as training sees it)."""
        return self.bias + sum(self.weights.get(f, 0.0) for f in features(text))

    def probability(self, found: set[str]) -> float:
        return _sigmoid(self.bias + sum(self.weights.get(f, 0.0) for f in found))


@dataclass(frozen=True)
class Risk:
    """The risk head, from one three-class model (harmless, indirect, explicit): the chance that
    a window is not harmless, as a logit, log(e^indirect + e^explicit), each class's score taken
    less the harmless one's."""

    indirect: Head
    explicit: Head

    def logit(self, text: str) -> float:
        return _logaddexp(self.indirect.logit(text), self.explicit.logit(text))


# What a sentence adds to a window: its words, its features, and the sums of its features'
# weights: the risk model's two scores as one complex number (indirect in the real part,
# explicit in the imaginary part: one lookup and one addition serve both), and the explicit
# head's.
_Sums = tuple[list[str], set[str], complex, float]


class Model:
    def __init__(
        self, risk: Risk, explicit: Head, concern_at: float, crisis_at: float, digest: str
    ) -> None:
        self.risk, self.explicit = risk, explicit
        self.concern_at, self.crisis_at, self.digest = concern_at, crisis_at, digest
        self.heads: tuple[Risk, Head] = (risk, explicit)
        self._risk = _joined(risk.indirect.weights, risk.explicit.weights)

    def read(self, parts: Sequence[str], *, skip: Collection[int] = ()) -> Verdict:
        """The verdict of the statistical reading alone, leaving out the sentences in skip."""
        risk, explicit = self.logits(parts, skip=skip)
        if explicit >= _logit(self.crisis_at):
            return Verdict(Level.CRISIS, ("wording_explicit",))
        if risk >= _logit(self.concern_at):
            return Verdict(Level.CONCERN, ("wording_indirect",))
        return Verdict()

    def logits(self, parts: Sequence[str], *, skip: Collection[int] = ()) -> tuple[float, float]:
        """The highest score of each head over the windows that ``windows`` lists.

        Each sentence's sums are worked out once, and reused for the window it makes with the
        sentence before it and the one after it.
        """
        scored: list[tuple[complex, float]] = []
        sums: dict[int, _Sums] = {}
        for i in _kept(parts, skip):
            length = len(parts[i].split())
            if length > _LONGEST:
                scored += [self._sums(piece)[2:] for piece in _pieces(parts[i])]
                continue
            if i not in sums:
                sums[i] = self._sums(parts[i])
            scored.append(sums[i][2:])
            if i + 1 < len(parts) and length + len(parts[i + 1].split()) <= _LONGEST:
                if i + 1 not in sums:
                    sums[i + 1] = self._sums(parts[i + 1])
                scored.append(self._pair(sums[i], sums[i + 1]))
        if not scored:
            return -math.inf, -math.inf
        # The highest risk is the log of the highest odds: one logarithm, not one per window.
        bias, exp = complex(self.risk.indirect.bias, self.risk.explicit.bias), math.exp
        odds = max(
            exp(min(z.real, 700.0)) + exp(min(z.imag, 700.0)) for z in _shifted(scored, bias)
        )
        return (
            math.log(odds) if odds > 0.0 else -math.inf,
            self.explicit.bias + max(e for _, e in scored),
        )

    def _sums(self, text: str) -> _Sums:
        words = _TOKEN.findall(text)
        found = set(words)
        found.update(map(" ".join, zip(words, words[1:], strict=False)))
        risk = sum(map(self._risk.get, found, repeat(0j)))
        return words, found, risk, sum(map(self.explicit.weights.get, found, repeat(0.0)))

    def _pair(self, a: _Sums, b: _Sums) -> tuple[complex, float]:
        """A sentence and the next as one window: its features are the union of theirs."""
        risk, explicit = self._risk, self.explicit.weights
        shared = a[1] & b[1]  # counted once in the window, so taken away once
        r = a[2] + b[2] - sum(map(risk.get, shared, repeat(0j)))
        e = a[3] + b[3] - sum(map(explicit.get, shared, repeat(0.0)))
        if a[0] and b[0]:
            cross = f"{a[0][-1]} {b[0][0]}"  # the pair of words across the two sentences
            if cross not in a[1] and cross not in b[1]:
                r += risk.get(cross, 0j)
                e += explicit.get(cross, 0.0)
        return r, e


def _shifted(scored: list[tuple[complex, float]], bias: complex) -> Iterator[complex]:
    return (r + bias for r, _ in scored)


def _logaddexp(a: float, b: float) -> float:
    top = max(a, b)
    if top == -math.inf:
        return top
    return top + math.log(math.exp(a - top) + math.exp(b - top))


def _joined(risk: dict[str, float], explicit: dict[str, float]) -> dict[str, complex]:
    return {k: complex(risk.get(k, 0.0), explicit.get(k, 0.0)) for k in risk.keys() | explicit}


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def _logit(p: float) -> float:
    if p >= 1.0:
        return math.inf
    return math.log(p / (1.0 - p)) if p > 0.0 else -math.inf


def features(text: str) -> set[str]:
    """Words and pairs of neighbouring words, as the training's vectoriser makes them."""
    words = _TOKEN.findall(text)
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def readable(parts: Sequence[str], i: int, *, journey: bool | None = None) -> bool:
    """Whether sentence i is the writer's own, undenied, and not a journey's imagery."""
    sentence = parts[i]
    if _DENIAL.search(sentence):
        return False
    other = _OTHER.search(sentence)
    if other is not None and not _FIRST.search(sentence[other.end() :]):
        return False
    return not (context.in_journey(parts, i) if journey is None else journey)


def _kept(parts: Sequence[str], skip: Collection[int]) -> list[int]:
    journeys = context.journeys(parts)
    return [
        i
        for i in range(len(parts))
        if i not in skip and not journeys[i] and readable(parts, i, journey=False)
    ]


def windows(parts: Sequence[str], *, skip: Collection[int] = ()) -> list[str]:
    """Each readable sentence, and each with the sentence after it.

    A run of words with no full stop is read in pieces of the length the model learned from.
    """
    keep = _kept(parts, skip)
    out = [piece for i in keep for piece in _pieces(parts[i])]
    return out + [
        f"{parts[i]} {_SEPARATOR} {parts[i + 1]}"
        for i in keep
        if i + 1 < len(parts) and len(parts[i].split()) + len(parts[i + 1].split()) <= _LONGEST
    ]


def _pieces(sentence: str) -> list[str]:
    words = sentence.split()
    if len(words) <= _LONGEST:
        return [sentence]
    step = _LONGEST // 2
    return [" ".join(words[i : i + _LONGEST]) for i in range(0, len(words) - step, step)]


def _head(data: dict) -> Head:
    return Head(data["weights"], data["bias"])


def from_dict(data: dict) -> Model:
    return Model(
        risk=Risk(_head(data["risk"]["indirect"]), _head(data["risk"]["explicit"])),
        explicit=_head(data["explicit"]),
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
