"""Ways to train the crisis-language model, for ``bench/model_cv.py`` to compare.

A ``Config`` names one variant: which features, which regularisation, one head or two, which
windows, how thresholds are chosen. ``fit`` trains it with scikit-learn and returns something
that scores windows (a sentence, or a sentence with its neighbour) as the detector reads them.
``bench/train_language_model.py`` trains the variant the cross-validation chose
(``train_language_model.CONFIG``).
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, partial

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from afterglow.safety.language import model as language_model
from afterglow.safety.language.corpus import Item
from afterglow.safety.language.normalize import sentences, unquote

_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Config:
    name: str = "today"
    c: float = 1.0  # inverse regularisation strength
    binary: bool = True  # word features present/absent rather than counted
    chars: tuple[int, int] | None = None  # character n-grams within words (char_wb)
    char_scale: str = "none"  # none | sqrt | mean: character counts divided by length
    skip: bool = False  # word pairs with one word between ("no _ out")
    heads: str = "two"  # two (risk, explicit) | three (one multinomial model) | three-risk
    # (risk from a three-class model, explicit from its own head)
    balanced: bool = True  # class weights balanced
    context: str = "next"  # none | next | both: neighbour windows read
    negatives: str = "sentences"  # sentences | windows: what harmless examples are
    grid: float = 0.005  # threshold grid in probability; 0 = exact, in logit space
    min_df: int = 1
    risk_weights: str = "two"  # two | three: the risk head's examples balanced by two classes
    # (harmless, risky) or by three (harmless, indirect, explicit), as one three-class model is
    nb: str = "none"  # none | both | explicit: heads whose features are scaled by their
    # naive-Bayes log-count ratio (NBSVM)

    def but(self, name: str, **changes: object) -> "Config":
        return replace(self, name=name, **changes)  # type: ignore[arg-type]


def word_features(text: str, *, skip: bool = False) -> list[str]:
    words = _TOKEN.findall(text)
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    if skip:
        out += [f"{a} _ {b}" for a, b in zip(words, words[2:], strict=False)]
    return out


def char_features(text: str, *, low: int, high: int) -> list[str]:
    """scikit-learn's char_wb n-grams: each word padded with a space, counted."""
    out: list[str] = []
    for word in text.split():
        out += char_grams(word, low, high)
    return out


def char_grams(word: str, low: int, high: int) -> list[str]:
    """The character n-grams of one word padded with spaces, as char_wb makes them: a word's
    sum is fixed, so a run-time reading could work it out once per word."""
    padded = f" {word} "
    out = []
    for n in range(low, high + 1):
        if len(padded) <= n:
            out.append(padded)  # a short word counts once, whole
            break
        out += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


def windows(config: Config, parts: Sequence[str], skip: set[int]) -> list[str]:
    if config.context == "next":
        return language_model.windows(parts, skip=skip)
    keep = [i for i in range(len(parts)) if i not in skip and language_model.readable(parts, i)]
    out = [piece for i in keep for piece in language_model._pieces(parts[i])]
    if config.context == "both":
        longest = language_model._LONGEST
        for i in keep:
            lo, hi = max(0, i - 1), min(len(parts), i + 2)
            if hi - lo == 3 and sum(len(p.split()) for p in parts[lo:hi]) <= longest * 3 // 2:
                out.append(" | ".join(parts[lo:hi]))
            if i + 1 < len(parts) and len(parts[i].split()) + len(parts[i + 1].split()) <= longest:
                out.append(f"{parts[i]} | {parts[i + 1]}")
    return out


@cache
def _parts(text: str) -> tuple[str, ...]:
    return tuple(sentences(unquote(text)))


def examples(config: Config, items: list[Item]) -> tuple[list[str], list[int]]:
    """Risky lines of up to three sentences whole; harmless lines by sentence (or window)."""
    texts, labels = [], []
    for item in items:
        parts = list(_parts(item.text))
        if item.kind == "harmless":
            found = parts if config.negatives == "sentences" else windows(config, parts, set())
            texts += found
            labels += [0] * len(found)
        elif len(parts) <= 3:
            texts.append(" | ".join(parts))
            labels.append(2 if item.kind == "explicit" else 1)
    return texts, labels


class Fitted:
    """A trained variant: vectorisers and one or two logistic regressions."""

    def __init__(self, config: Config, texts: list[str], labels: list[int]) -> None:
        self.config = config
        self.words = CountVectorizer(
            analyzer=partial(word_features, skip=config.skip),
            binary=config.binary,
            min_df=config.min_df,
            dtype=np.float64,
        )
        self.chars = (
            CountVectorizer(
                analyzer=partial(char_features, low=config.chars[0], high=config.chars[1]),
                min_df=config.min_df,
                dtype=np.float64,
            )
            if config.chars
            else None
        )
        m = self._matrix(texts, fit=True)
        y = np.array(labels)

        def model(balanced: bool) -> LogisticRegression:
            return LogisticRegression(
                C=config.c,
                solver="newton-cg",
                max_iter=1000,
                class_weight="balanced" if balanced else None,
            )

        self.ratios: list[np.ndarray | None] = [None, None]
        if config.heads == "three":
            self.heads = [model(config.balanced).fit(m, y)]
            return
        self.three = model(config.balanced).fit(m, y) if config.heads == "three-risk" else None
        targets = [y > 0, y == 2]
        if config.nb != "none":
            self.ratios = [
                _ratio(m, t) if config.nb in ("both", name) else None
                for name, t in zip(("risk", "explicit"), targets, strict=True)
            ]
        weights: list[np.ndarray | None] = [None, None]
        if config.risk_weights == "three":
            counts = np.bincount(y, minlength=3)
            weights[0] = (len(y) / (3.0 * np.maximum(counts, 1)))[y]
        self.heads = [
            None  # type: ignore[misc]
            if h == 0 and self.three is not None
            else model(config.balanced and weights[h] is None).fit(
                self._scaled(m, h), t, sample_weight=weights[h]
            )
            for h, t in enumerate(targets)
        ]

    def _matrix(self, texts: list[str], *, fit: bool = False) -> sparse.csr_matrix:
        words = self.words.fit_transform(texts) if fit else self.words.transform(texts)
        if self.chars is None:
            return words.tocsr()
        chars = self.chars.fit_transform(texts) if fit else self.chars.transform(texts)
        if self.config.char_scale != "none":
            lengths = np.array([max(1, len(t.split())) for t in texts], dtype=np.float64)
            scale = np.sqrt(lengths) if self.config.char_scale == "sqrt" else lengths
            chars = sparse.diags(1.0 / scale) @ chars
        return sparse.hstack([words, chars]).tocsr()

    def score(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per window: the probability of risk (explicit or indirect) and of explicit."""
        if not texts:
            return np.zeros(0), np.zeros(0)
        m = self._matrix(texts)
        if self.config.heads == "three":
            p = self.heads[0].predict_proba(m)
            return p[:, 1] + p[:, 2], p[:, 2]
        if self.three is not None:  # risk from the three-class model, explicit from its head
            return 1.0 - self.three.predict_proba(m)[:, 0], self.heads[1].predict_proba(
                self._scaled(m, 1)
            )[:, 1]
        return (
            self.heads[0].predict_proba(self._scaled(m, 0))[:, 1],
            self.heads[1].predict_proba(self._scaled(m, 1))[:, 1],
        )

    def _scaled(self, m: sparse.csr_matrix, h: int) -> sparse.csr_matrix:
        ratio = self.ratios[h]
        return m if ratio is None else (m @ sparse.diags(ratio)).tocsr()

    def coefficients(self, h: int) -> np.ndarray:
        """Weights of head h on the unscaled features (what model.py looks up)."""
        coef = self.heads[h].coef_[0]
        ratio = self.ratios[h]
        return coef if ratio is None else coef * ratio


def _ratio(m: sparse.csr_matrix, target: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Naive Bayes' log-count ratio of each feature between the two classes."""
    p = alpha + np.asarray(m[target].sum(axis=0)).ravel()
    q = alpha + np.asarray(m[~target].sum(axis=0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def fit(config: Config, items: list[Item]) -> Fitted:
    return Fitted(config, *examples(config, items))


def threshold(config: Config, quiet: Sequence[float], budget: float) -> float:
    """The lowest threshold at which at most ``budget`` of the quiet harmless lines reach it."""
    allowed = math.floor(budget * len(quiet) + 1e-9)
    if config.grid:
        for t in np.arange(0.5, 1.0, config.grid):
            if sum(s >= t for s in quiet) <= allowed:
                return round(float(t), 3)
        return 0.995
    # Exact: just above the score of the (allowed + 1)-th highest line, in logit space, with a
    # margin for the rounding of the weights; rounded up to six decimals.
    ranked = sorted(quiet, reverse=True)
    if allowed >= len(ranked):
        return 0.5
    top = min(max(ranked[allowed], 1e-12), 1 - 1e-12)
    logit = math.log(top / (1 - top)) + 1e-3
    return max(0.5, math.ceil(1e6 / (1.0 + math.exp(-logit))) / 1e6)
