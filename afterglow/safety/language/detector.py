"""The detector's entry point (layers are filled in by the crisis-language work)."""

from afterglow.safety.crisis import mentions_crisis
from afterglow.safety.language.verdict import Level, Verdict


def assess(text: str | None) -> Verdict:
    if mentions_crisis(text):
        return Verdict(Level.CRISIS, ("explicit",))
    return Verdict()
