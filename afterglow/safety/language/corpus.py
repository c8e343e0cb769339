"""The labelled sentences the detector is measured on (see docs/safety-language.md).

``corpus/explicit.tsv`` must give ``crisis``, ``corpus/indirect.tsv`` at least ``concern``, and
``corpus/harmless.tsv`` ``none``. ``corpus/holdout/`` was written apart from the rules, by
someone who never read them, and is reported separately: it estimates how the detector does on
sentences its authors never saw.
"""

from dataclasses import dataclass
from pathlib import Path

from afterglow.safety.language.verdict import Level

HERE = Path(__file__).resolve().parent / "corpus"
EXPECTED = {"explicit": Level.CRISIS, "indirect": Level.CONCERN, "harmless": Level.NONE}


@dataclass(frozen=True)
class Item:
    kind: str  # explicit, indirect or harmless
    category: str
    text: str
    line: int

    @property
    def expected(self) -> Level:
        return EXPECTED[self.kind]

    def caught(self, level: Level) -> bool:
        """Explicit lines must be crisis; indirect ones concern or more; harmless ones none."""
        if self.kind == "indirect":
            return level != Level.NONE
        return level == self.expected


def load(kind: str, *, holdout: bool = False) -> list[Item]:
    path = (HERE / "holdout" if holdout else HERE) / f"{kind}.tsv"
    if not path.exists():
        return []
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if line.strip():
            category, text = line.split("\t", 1)
            items.append(Item(kind=kind, category=category, text=text, line=n))
    return items


def load_all(*, holdout: bool = False) -> list[Item]:
    return [item for kind in EXPECTED for item in load(kind, holdout=holdout)]
