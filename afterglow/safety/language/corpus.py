"""The labelled sentences the detector is measured on (see docs/safety-language.md).

``explicit.tsv`` must give ``crisis``, ``indirect.tsv`` at least ``concern``, and
``harmless.tsv`` ``none``. The development corpus is ``corpus/*.tsv`` (the first round) and
each folder of ``corpus/rounds/`` (later rounds, each written by one writer: its *source*).
``corpus/holdout/`` was written apart from the rules and the model, by someone who never read
them, and is reported separately: it estimates how the detector does on sentences its authors
never saw. When a held-out set has been looked at, it moves into ``rounds/`` and a new one is
written (docs/safety-language.md).
"""

import hashlib
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
    source: str = "1"

    @property
    def expected(self) -> Level:
        return EXPECTED[self.kind]

    def caught(self, level: Level) -> bool:
        """Explicit lines must be crisis; indirect ones concern or more; harmless ones none."""
        if self.kind == "indirect":
            return level != Level.NONE
        return level == self.expected


def load(kind: str, *, holdout: bool = False) -> list[Item]:
    if holdout:
        return _read(HERE / "holdout" / f"{kind}.tsv", kind, "holdout")
    items = _read(HERE / f"{kind}.tsv", kind, "1")
    for folder in sorted((HERE / "rounds").iterdir()):
        items += _read(folder / f"{kind}.tsv", kind, folder.name)
    return items


def _read(path: Path, kind: str, source: str) -> list[Item]:
    if not path.exists():
        return []
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
        if line.strip():
            category, text = line.split("\t", 1)
            items.append(Item(kind=kind, category=category, text=text, line=n, source=source))
    return items


def load_spanish(kind: str, *, holdout: bool = False) -> list[Item]:
    """The Spanish corpus (``corpus/es/``): its rounds, or its held-out set."""
    spanish = HERE / "es"
    if holdout:
        return _read(spanish / "holdout" / f"{kind}.tsv", kind, "es-holdout")
    items = []
    for folder in sorted((spanish / "rounds").iterdir()):
        items += _read(folder / f"{kind}.tsv", kind, f"es-{folder.name}")
    return items


def load_all(*, holdout: bool = False) -> list[Item]:
    return [item for kind in EXPECTED for item in load(kind, holdout=holdout)]


def corpus_digest() -> str:
    """The development corpus, byte for byte: what the shipped model was trained on."""
    h = hashlib.sha256()
    paths = [HERE / f"{kind}.tsv" for kind in EXPECTED]
    paths += sorted((HERE / "rounds").glob("*/*.tsv"))
    for path in paths:
        h.update(path.relative_to(HERE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()
