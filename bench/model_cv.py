"""Compare ways to train the crisis-language model on writers the model never saw.

Run with ``.venv/bin/python bench/model_cv.py [variant ...]`` (needs the ``train`` extra). For
each writer's round of the development corpus in turn (``LeaveOneGroupOut`` by ``item.source``),
the variant is trained on the other writers' rounds exactly as ``make train-safety`` would
train it, thresholds included: those come from a cross-validation over the other writers alone,
at the same false-alarm budget. The held-out writer's lines are then read by the detector as a
whole (the rules first, then the model where they found nothing explicit). Reported: recall of
explicit lines (``crisis``) and of indirect ones (``concern`` or more), the false alarms the
model added on held-out writers' harmless lines, and the thresholds' spread.

The held-out corpus (``corpus/holdout/``) is never read here: variants are chosen on this alone.
"""

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import numpy as np  # noqa: E402
from language_variants import Config, Fitted, fit, threshold, windows  # noqa: E402

from afterglow.safety.language.corpus import load_all  # noqa: E402
from afterglow.safety.language.detector import read_rules  # noqa: E402
from afterglow.safety.language.verdict import Level  # noqa: E402

ADDED_FALSE = 0.015  # as bench/train_language_model.py
CRISIS_FALSE = 0.004


@dataclass
class Line:
    kind: str
    source: str
    rules: Level
    parts: list[str]
    explained: set[int]


def prepare() -> list[Line]:
    out = []
    for item in load_all():
        parts, found, explained = read_rules(item.text)
        out.append(Line(item.kind, item.source, found.level, parts, explained))
    return out


class Study:
    """One variant's nested leave-one-writer-out cross-validation; fits are shared by key."""

    def __init__(self, config: Config, lines: list[Line]) -> None:
        self.config, self.lines = config, lines
        self.items = load_all()
        self.groups = sorted({line.source for line in lines})
        self.wins = [windows(config, ln.parts, ln.explained) for ln in lines]
        self._scores: dict[frozenset[str], dict[int, tuple[float, float]]] = {}

    def scores(self, out: frozenset[str]) -> dict[int, tuple[float, float]]:
        """Scores of the lines of the writers in ``out``, by a model trained without them."""
        if out not in self._scores:
            model = fit(self.config, [it for it in self.items if it.source not in out])
            test = [i for i, ln in enumerate(self.lines) if ln.source in out]
            self._scores[out] = self._score(model, test)
        return self._scores[out]

    def _score(self, model: Fitted, test: list[int]) -> dict[int, tuple[float, float]]:
        flat = [w for i in test for w in self.wins[i]]
        risk, explicit = model.score(flat)
        found, at = {}, 0
        for i in test:
            n = len(self.wins[i])
            found[i] = (
                (float(risk[at : at + n].max()), float(explicit[at : at + n].max()))
                if n
                else (0.0, 0.0)
            )
            at += n
        return found

    def thresholds(self, writers: Iterable[str], held: str | None) -> tuple[float, float]:
        """As the training picks them: out-of-writer scores of the quiet harmless lines."""
        found: dict[int, tuple[float, float]] = {}
        for w in writers:
            key = frozenset({w} if held is None else {w, held})
            found.update({i: s for i, s in self.scores(key).items() if self.lines[i].source == w})
        quiet = [
            s
            for i, s in found.items()
            if self.lines[i].kind == "harmless" and self.lines[i].rules == Level.NONE
        ]
        return (
            threshold(self.config, [r for r, _ in quiet], ADDED_FALSE),
            threshold(self.config, [e for _, e in quiet], CRISIS_FALSE),
        )

    def run(self) -> dict[str, float]:
        hit = {
            k: [0, 0] for k in ("explicit", "indirect", "alarm", "concern", "alone_e", "alone_i")
        }
        cuts = []
        for held in self.groups:
            others = [g for g in self.groups if g != held]
            concern_at, crisis_at = self.thresholds(others, held)
            cuts.append((concern_at, crisis_at))
            for i, (risk, explicit) in self.scores(frozenset({held})).items():
                line = self.lines[i]
                level = line.rules
                if level != Level.CRISIS:
                    if explicit >= crisis_at:
                        level = Level.CRISIS
                    elif risk >= concern_at:
                        level = max(level, Level.CONCERN, key=_rank)
                alone = explicit >= crisis_at, explicit >= crisis_at or risk >= concern_at
                if line.kind != "harmless":
                    key = "alone_e" if line.kind == "explicit" else "alone_i"
                    hit[key][0] += alone[0] if line.kind == "explicit" else alone[1]
                    hit[key][1] += 1
                if line.kind == "explicit":
                    hit["explicit"][0] += level == Level.CRISIS
                    hit["concern"][0] += level != Level.NONE
                    hit["explicit"][1] += 1
                    hit["concern"][1] += 1
                elif line.kind == "indirect":
                    hit["indirect"][0] += level != Level.NONE
                    hit["indirect"][1] += 1
                elif line.rules == Level.NONE:
                    hit["alarm"][0] += level != Level.NONE
                    hit["alarm"][1] += 1
        full = self.thresholds(self.groups, None)
        pooled = self.pooled(full)
        return {
            "explicit": hit["explicit"][0] / hit["explicit"][1],
            "indirect": hit["indirect"][0] / hit["indirect"][1],
            "explicit_any": hit["concern"][0] / hit["concern"][1],
            "added_false": hit["alarm"][0] / hit["alarm"][1],
            "alone_e": hit["alone_e"][0] / hit["alone_e"][1],
            "alone_i": hit["alone_i"][0] / hit["alone_i"][1],
            "concern_at": float(np.median([c for c, _ in cuts])),
            "crisis_at": float(np.median([c for _, c in cuts])),
            "pooled_e": pooled[0],
            "pooled_i": pooled[1],
            "full_concern_at": full[0],
            "full_crisis_at": full[1],
        }

    def pooled(self, cuts: tuple[float, float]) -> tuple[float, float]:
        """Recall with the thresholds the training picks from all writers' out-of-writer scores:
        fewer thresholds than the nested figures, so less noise in ranking variants."""
        concern_at, crisis_at = cuts
        found: dict[int, tuple[float, float]] = {}
        for g in self.groups:
            found.update(self.scores(frozenset({g})))
        hit = {"explicit": [0, 0], "indirect": [0, 0]}
        for i, (risk, explicit) in found.items():
            line = self.lines[i]
            if line.kind == "harmless":
                continue
            crisis = line.rules == Level.CRISIS or explicit >= crisis_at
            any_ = crisis or line.rules != Level.NONE or risk >= concern_at
            hit[line.kind][0] += crisis if line.kind == "explicit" else any_
            hit[line.kind][1] += 1
        return hit["explicit"][0] / hit["explicit"][1], hit["indirect"][0] / hit["indirect"][1]


def _rank(level: Level) -> int:
    return [Level.NONE, Level.CONCERN, Level.CRISIS].index(level)


BASE = Config()
CHARS = BASE.but("chars", chars=(3, 5), grid=0.0)
VARIANTS = {
    c.name: c
    for c in [
        BASE,
        BASE.but("exact-thresholds", grid=0.0),
        BASE.but("C=0.3", c=0.3),
        BASE.but("C=3", c=3.0),
        BASE.but("tf-counts", binary=False),
        BASE.but("unbalanced", balanced=False),
        BASE.but("three-class", heads="three"),
        BASE.but("skip-grams", skip=True),
        BASE.but("no-neighbour", context="none"),
        BASE.but("both-neighbours", context="both"),
        BASE.but("window-negatives", negatives="windows"),
        BASE.but("chars-3-5-grid", chars=(3, 5)),
        CHARS.but("chars-3-5"),
        CHARS.but("chars-3-5-sqrt", char_scale="sqrt"),
        CHARS.but("chars-3-5-mean", char_scale="mean"),
        CHARS.but("chars-3-5-sqrt-df2", char_scale="sqrt", min_df=2),
        BASE.but("nb", nb="both"),
        BASE.but("nb-exact", nb="both", grid=0.0),
        CHARS.but("nb-chars-sqrt", nb="both", char_scale="sqrt"),
        BASE.but("nb-C=0.3", nb="both", c=0.3),
        BASE.but("nb-C=3", nb="both", c=3.0),
        BASE.but("nb-window-negatives", nb="both", negatives="windows"),
        BASE.but("nb-explicit-head", nb="explicit"),
        BASE.but("risk-three-weights", risk_weights="three"),
        BASE.but("nb-explicit-risk-three", nb="explicit", risk_weights="three"),
        BASE.but("nb-explicit-three-class-risk", nb="explicit", heads="three-risk"),
        BASE.but("nb-skip-grams", nb="both", skip=True),
        CHARS.but("nb-explicit-chars-sqrt", nb="explicit", char_scale="sqrt"),
    ]
}


COLUMNS = (
    "variant",
    "explicit → crisis",
    "indirect → concern+",
    "explicit → concern+",
    "added false alarms",
    "model alone: explicit / indirect",
    "one threshold: explicit / indirect",
    "thresholds (median; all writers)",
    "seconds",
)


def row(name: str, r: dict[str, float], seconds: float) -> str:
    cells = [
        name,
        f"{r['explicit']:.1%}",
        f"{r['indirect']:.1%}",
        f"{r['explicit_any']:.1%}",
        f"{r['added_false']:.2%}",
        f"{r['alone_e']:.1%} / {r['alone_i']:.1%}",
        f"{r['pooled_e']:.1%} / {r['pooled_i']:.1%}",
        f"{r['concern_at']:.3f} / {r['crisis_at']:.3f}; "
        f"{r['full_concern_at']:.3f} / {r['full_crisis_at']:.3f}",
        f"{seconds:.0f}",
    ]
    return "| " + " | ".join(cells) + " |"


def main(names: list[str]) -> None:
    lines = prepare()
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for name in names or list(VARIANTS):
        started = time.time()
        print(row(name, Study(VARIANTS[name], lines).run(), time.time() - started), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
