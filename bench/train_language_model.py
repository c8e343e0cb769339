"""Train the crisis-language detector's statistical reading (afterglow/safety/language/model.py).

Run with ``make train-safety`` after changing the development corpus; it writes
``afterglow/safety/language/model.json``. Needs scikit-learn (a development dependency) and no
database. Deterministic: the same corpus gives the same weights.

1. Examples from the development corpus only (never the held-out one): each explicit or
   indirect line of up to three sentences as one example, and every sentence of a harmless
   line (a harmless text has no risky sentence).
2. Logistic regressions over the words and word pairs of each example, present or not
   (``CONFIG``, the variant ``bench/model_cv.py`` chose across writers): *risk* from one
   three-class model (harmless, indirect, explicit: the chance of not harmless), and
   *explicit* (explicit against the rest) with its features weighted by their naive-Bayes
   log-count ratio (NBSVM).
3. The thresholds, by cross-validation that leaves one writer's round out at a time (a model
   scored on its own writer's sentences flatters itself), with the rules in front, as the
   detector reads:
   ``concern_at`` is the lowest at which the model adds a false alarm to at most
   ``ADDED_FALSE`` of the harmless lines the rules leave quiet; ``crisis_at`` the lowest that
   adds crisis to at most ``CRISIS_FALSE`` of them.
"""

import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from language_variants import Config, Fitted, fit, threshold, windows  # noqa: E402
from sklearn.model_selection import LeaveOneGroupOut  # noqa: E402

from afterglow.safety.language import model as language_model  # noqa: E402
from afterglow.safety.language.corpus import Item, corpus_digest, load  # noqa: E402
from afterglow.safety.language.detector import read_rules  # noqa: E402
from afterglow.safety.language.verdict import Level  # noqa: E402

ADDED_FALSE = 0.015
CRISIS_FALSE = 0.004
KINDS = ("explicit", "indirect", "harmless")
# Chosen by bench/model_cv.py (docs/safety-language.md has its figures for every variant).
CONFIG = Config(name="nb-explicit-three-class-risk", nb="explicit", heads="three-risk")


def digest() -> str:
    """What the model was made from: the development corpus, byte for byte."""
    return corpus_digest()


def scores(model: Fitted, items: list[Item]) -> list[tuple[float, float]]:
    """Each line's highest risk and explicit probability over the windows the detector reads."""
    wins = []
    for item in items:
        parts, _, explained = read_rules(item.text)
        wins.append(windows(CONFIG, parts, explained))
    risk, explicit = model.score([w for found in wins for w in found])
    out, at = [], 0
    for found in wins:
        n = len(found)
        out.append(
            (float(risk[at : at + n].max()), float(explicit[at : at + n].max()))
            if n
            else (0.0, 0.0)
        )
        at += n
    return out


def thresholds(items: list[Item]) -> tuple[float, float]:
    """Cross-validated scores of every line, then the thresholds that keep the targets."""
    groups = [i.source for i in items]
    found: dict[int, tuple[float, float]] = {}
    for train, test in LeaveOneGroupOut().split(items, groups=groups):
        model = fit(CONFIG, [items[i] for i in train])
        found.update(zip(test, scores(model, [items[i] for i in test]), strict=True))
    quiet = [
        found[i]
        for i, item in enumerate(items)
        if item.kind == "harmless" and read_rules(item.text)[1].level == Level.NONE
    ]
    return (
        threshold(CONFIG, [r for r, _ in quiet], ADDED_FALSE),
        threshold(CONFIG, [e for _, e in quiet], CRISIS_FALSE),
    )


def head(names: np.ndarray, coef: np.ndarray, bias: float) -> dict[str, Any]:
    """One linear score as model.py looks it up (a feature's ratio folded into its weight)."""
    weights = {
        str(n): round(float(w), 6) for n, w in zip(names, coef, strict=True) if abs(w) >= 1e-5
    }
    return {"weights": weights, "bias": round(float(bias), 6)}


def heads(model: Fitted) -> dict[str, Any]:
    """The risk model's scores of indirect and explicit, each less harmless's; the explicit head."""
    names = model.words.get_feature_names_out()
    three = model.three
    assert three is not None and list(three.classes_) == [0, 1, 2]
    coef, bias = three.coef_, three.intercept_
    return {
        "risk": {
            "indirect": head(names, coef[1] - coef[0], bias[1] - bias[0]),
            "explicit": head(names, coef[2] - coef[0], bias[2] - bias[0]),
        },
        "explicit": head(names, model.coefficients(1), model.heads[1].intercept_[0]),
    }


def check(model: Fitted, data: dict, texts: list[str]) -> None:
    """The dictionary lookup in model.py gives what scikit-learn gives, to rounding."""
    reading = language_model.from_dict(data)
    theirs = model.score(texts)
    for h, head in enumerate(reading.heads):
        ours = [1.0 / (1.0 + math.exp(-head.logit(t))) for t in texts]
        worst = max(abs(a - b) for a, b in zip(ours, theirs[h], strict=True))
        assert worst < 1e-3, f"model.py disagrees with scikit-learn by {worst}"


def main() -> None:
    # What model.py reads: a three-class risk model and an explicit head over words and pairs
    # present or not, a sentence and the next.
    assert CONFIG.heads == "three-risk" and CONFIG.binary and CONFIG.context == "next"
    assert not CONFIG.skip and not CONFIG.chars
    items = [item for kind in KINDS for item in load(kind)]
    concern_at, crisis_at = thresholds(items)
    model = fit(CONFIG, items)
    data: dict[str, Any] = {
        "about": "Made by bench/train_language_model.py from the development corpus; see "
        "afterglow/safety/language/model.py and docs/safety-language.md.",
        "variant": CONFIG.name,
        "digest": digest(),
        "concern_at": concern_at,
        "crisis_at": crisis_at,
        **heads(model),
    }
    wins = [w for item in items[::5] for w in windows(CONFIG, *_read(item))]
    check(model, data, wins)
    language_model.PATH.write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")
    size = sum(len(h["weights"]) for h in (*data["risk"].values(), data["explicit"]))
    print(
        f"trained {CONFIG.name} on {len(items)} lines, {size} weights; "
        f"concern at {concern_at}, crisis at {crisis_at}"
    )


def _read(item: Item) -> tuple[list[str], set[int]]:
    parts, _, explained = read_rules(item.text)
    return parts, explained


if __name__ == "__main__":
    main()
