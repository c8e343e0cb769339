"""Train the crisis-language detector's statistical reading (afterglow/safety/language/model.py).

Run with ``make train-safety`` after changing the development corpus; it writes
``afterglow/safety/language/model.json``. Needs scikit-learn (a development dependency) and no
database. Deterministic: the same corpus gives the same weights.

1. Examples from the development corpus only (never the held-out one): each explicit or
   indirect line of up to three sentences as one example, and every sentence of a harmless
   line (a harmless text has no risky sentence).
2. Two logistic regressions over binary word and word-pair counts: *risk* (explicit or indirect
   against harmless) and *explicit* (explicit against the rest).
3. The thresholds, by cross-validation that leaves one writer's round out at a time (a model
   scored on its own writer's sentences flatters itself), with the rules in front, as the
   detector reads:
   ``concern_at`` is the lowest at which the model adds a false alarm to at most
   ``ADDED_FALSE`` of the harmless lines the rules leave quiet; ``crisis_at`` the lowest that
   adds crisis to at most ``CRISIS_FALSE`` of them.
"""

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import LeaveOneGroupOut  # noqa: E402

from afterglow.safety.language import model as language_model  # noqa: E402
from afterglow.safety.language.corpus import Item, corpus_digest, load  # noqa: E402
from afterglow.safety.language.detector import read_rules  # noqa: E402
from afterglow.safety.language.normalize import sentences, unquote  # noqa: E402
from afterglow.safety.language.verdict import Level  # noqa: E402

ADDED_FALSE = 0.015
CRISIS_FALSE = 0.004
KINDS = ("explicit", "indirect", "harmless")
C = 1.0


def digest() -> str:
    """What the model was made from: the development corpus, byte for byte."""
    return corpus_digest()


def examples(items: list[Item]) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for item in items:
        parts = sentences(unquote(item.text))
        if item.kind == "harmless":
            texts += parts
            labels += [0] * len(parts)
        elif len(parts) <= 3:
            texts.append(" | ".join(parts))
            labels.append(2 if item.kind == "explicit" else 1)
    return texts, labels


def fit(
    texts: list[str], labels: list[int]
) -> tuple[CountVectorizer, LogisticRegression, LogisticRegression]:
    vec = CountVectorizer(
        ngram_range=(1, 2), binary=True, token_pattern=r"[a-z0-9]+", lowercase=False
    )
    m = vec.fit_transform(texts)
    y = np.array(labels)
    risk = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(m, y > 0)
    explicit = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(m, y == 2)
    return vec, risk, explicit


def head(vec: CountVectorizer, clf: LogisticRegression) -> dict:
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 5)
        for n, w in zip(names, clf.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return {"weights": weights, "bias": round(float(clf.intercept_[0]), 5)}


def scores(vec, risk, explicit, item: Item) -> tuple[float, float]:
    parts, _, explained = read_rules(item.text)
    wins = language_model.windows(parts, skip=explained)
    if not wins:
        return 0.0, 0.0
    m = vec.transform(wins)
    r = risk.predict_proba(m)[:, 1]
    e = explicit.predict_proba(m)[:, 1]
    return float(r.max()), float(e.max())


def thresholds(items: list[Item]) -> tuple[float, float]:
    """Cross-validated scores of every line, then the thresholds that keep the targets."""
    groups = [i.source for i in items]
    found = {}
    for train, test in LeaveOneGroupOut().split(items, groups=groups):
        vec, risk, explicit = fit(*examples([items[i] for i in train]))
        for i in test:
            found[i] = scores(vec, risk, explicit, items[i])
    rules = [read_rules(i.text)[1].level for i in items]
    harmless = [i for i, item in enumerate(items) if item.kind == "harmless"]
    quiet = [i for i in harmless if rules[i] == Level.NONE]
    concern_at = 0.995
    for t in np.arange(0.5, 1.0, 0.005):
        if sum(found[i][0] >= t for i in quiet) / len(quiet) <= ADDED_FALSE:
            concern_at = float(t)
            break
    crisis_at = 1.0
    for t in np.arange(0.5, 1.0, 0.005):
        false = sum(found[i][1] >= t for i in quiet)
        if false / len(quiet) <= CRISIS_FALSE:
            crisis_at = float(t)
            break
    return round(concern_at, 3), round(crisis_at, 3)


def check(vec, clf, data: dict, texts: list[str]) -> None:
    """The dictionary lookup in model.py gives what scikit-learn gives, to rounding."""
    h = language_model.Head(data["weights"], data["bias"])
    ours = [h.probability(language_model.features(t)) for t in texts]
    theirs = clf.predict_proba(vec.transform(texts))[:, 1]
    worst = max(abs(a - b) for a, b in zip(ours, theirs, strict=True))
    assert worst < 1e-2, f"model.py disagrees with scikit-learn by {worst}"


def main() -> None:
    items = [item for kind in KINDS for item in load(kind)]
    concern_at, crisis_at = thresholds(items)
    texts, labels = examples(items)
    vec, risk, explicit = fit(texts, labels)
    data: dict[str, Any] = {
        "about": "Made by bench/train_language_model.py from the development corpus; see "
        "afterglow/safety/language/model.py and docs/safety-language.md.",
        "digest": digest(),
        "concern_at": concern_at,
        "crisis_at": crisis_at,
        "risk": head(vec, risk),
        "explicit": head(vec, explicit),
    }
    check(vec, risk, data["risk"], texts[:500])
    check(vec, explicit, data["explicit"], texts[:500])
    language_model.PATH.write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"trained on {len(texts)} examples, {len(data['risk']['weights'])} weights; "
        f"concern at {concern_at}, crisis at {crisis_at}"
    )


if __name__ == "__main__":
    main()
