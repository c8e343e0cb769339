"""The crisis-language detector, measured: per-category recall, specificity, latency, memory.

Run with ``make bench-safety`` (also part of ``make bench``). Writes docs/safety-language.md's
results section and corpus/known_misses.txt (the development lines still read wrongly, which
the corpus test expects to fail until they pass). Needs no database.
"""

import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from afterglow.safety.language import Verdict, assess  # noqa: E402
from afterglow.safety.language.corpus import HERE, Item, load, load_spanish  # noqa: E402
from afterglow.safety.language.detector import read_rules  # noqa: E402

DOC = ROOT / "docs" / "safety-language.md"
MARK = "<!-- results: written by bench/safety_bench.py -->"
TARGETS = {"explicit": 1.0, "indirect": 0.90, "harmless": 0.97}
KINDS = ("explicit", "indirect", "harmless")


def rules_alone(text: str) -> Verdict:
    return read_rules(text)[1]


def measure(
    holdout: bool,
    read: Callable[[str], Verdict] = assess,
    loader: Callable[..., list[Item]] = load,
) -> tuple[list[str], list[Item]]:
    rows, misses = [], []
    for kind in KINDS:
        items = loader(kind, holdout=holdout)
        total, caught = Counter(), Counter()
        for item in items:
            total[item.category] += 1
            if item.caught(read(item.text).level):
                caught[item.category] += 1
            else:
                misses.append(item)
        share = sum(caught.values()) / max(1, len(items))
        met = "met" if share >= TARGETS[kind] else "**not met**"
        what = "specificity" if kind == "harmless" else "recall"
        rows.append(
            f"| {kind} | {len(items)} | {what} {share:.1%} | {TARGETS[kind]:.0%} ({met}) | "
            + ", ".join(f"{c} {caught[c]}/{total[c]}" for c in sorted(total))
            + " |"
        )
    return rows, misses


def entry(words: int, rng: random.Random, lines: list[str]) -> str:
    out, count = [], 0
    while count < words:
        line = rng.choice(lines)
        out.append(line)
        count += len(line.split())
    return " ".join(out)


def latency() -> list[str]:
    rng = random.Random(20261203)
    lines = [i.text for i in load("harmless")] + [i.text for i in load("indirect")]
    rows = []
    for words in (50, 2000):
        times = []
        for _ in range(300 if words == 50 else 120):
            text = entry(words, rng, lines)
            started = time.process_time()  # CPU time: other work on the machine does not count
            assess(text)
            times.append((time.process_time() - started) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        rows.append(f"| {words} words | {statistics.median(times):.2f} ms | {p95:.2f} ms |")
    return rows


def memory_added_mb() -> float:
    """Peak memory of a fresh interpreter using the detector, less one that does not."""
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's.
    code = (
        "import sys;sys.path.insert(0,{root!r});{body}"
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0])"
    )
    use = "from afterglow.safety.language import assess;assess('I want to die. '*2000);"
    sizes = []
    for body in ("", use):
        done = subprocess.run(
            [sys.executable, "-c", code.format(root=str(ROOT), body=body)],
            capture_output=True,
            text=True,
            check=True,
        )
        sizes.append(int(done.stdout.strip()))
    return (sizes[1] - sizes[0]) / 1024


def main() -> None:
    dev_rows, dev_misses = measure(holdout=False)
    held_rows, _ = measure(holdout=True)
    held_rules, _ = measure(holdout=True, read=rules_alone)
    es_rows, es_misses = measure(holdout=False, loader=load_spanish)
    es_held, _ = measure(holdout=True, loader=load_spanish)
    speed = latency()
    memory = memory_added_mb()
    header = "| lines | count | result | target | per category |\n|---|---|---|---|---|"
    miss_lines = "\n".join(
        f"- {m.kind} / {m.category} ({m.source}, line {m.line}): {m.text[:160]}" for m in dev_misses
    )
    report = f"""{MARK}

Measured on {time.strftime("%Y-%m-%d")} with Python {sys.version.split()[0]}, one process, no
database (`make bench-safety`).

### Development corpus (the rules were written against it and the model trained on it)

{header}
{chr(10).join(dev_rows)}

### Held-out corpus (written apart; never used for rules, training or thresholds)

The detector as it runs (rules, then the statistical reading):

{header}
{chr(10).join(held_rows)}

The rules alone, for comparison:

{header}
{chr(10).join(held_rules)}

### Spanish (rules only; docs above, "Spanish")

The Spanish development round (the Spanish rules were written against it):

{header}
{chr(10).join(es_rows)}

The Spanish held-out set (written apart; never used for the rules):

{header}
{chr(10).join(es_held)}

### Speed and memory

| entry (CPU time) | p50 | p95 (target ≤ 20 ms for 2,000 words) |
|---|---|---|
{chr(10).join(speed)}

Memory added to a process that loads and uses the detector: {memory:.1f} MB (target ≤ 300 MB).

### Development lines still read wrongly

{miss_lines or "None."}
"""
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(text.split(MARK)[0] + report, encoding="utf-8")
    (HERE / "known_misses.txt").write_text(
        "# Lines of the development corpus the detector still reads wrongly "
        "(see docs/safety-language.md).\n" + "".join(f"{m.text}\n" for m in dev_misses),
        encoding="utf-8",
    )
    (HERE / "es" / "known_misses.txt").write_text(
        "# Lines of the Spanish development corpus the detector still reads wrongly.\n"
        + "".join(f"{m.text}\n" for m in es_misses),
        encoding="utf-8",
    )
    print(report)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
