"""The crisis-language detector: a verdict for a piece of free text, with reasons as codes.

``assess(text)`` returns a ``Verdict``: ``level`` is ``none``, ``concern`` (indirect signs:
hopelessness, burden, goodbyes) or ``crisis`` (explicit: a wish to die, suicidal thoughts,
intent, a plan, a method, preparation, self-harm); ``codes`` name the categories found, never
the words. Forms with free text inherit ``FreeTextForm``; views answer with ``respond``.
See docs/safety-language.md.
"""

from typing import Any

from afterglow.safety.language.detector import assess
from afterglow.safety.language.forms import FreeTextForm
from afterglow.safety.language.verdict import Level, Verdict

__all__ = ["FreeTextForm", "Level", "Verdict", "assess", "respond"]


def __getattr__(name: str) -> Any:
    # The page helper needs Django's models; the detector itself runs without them (bench/).
    if name == "respond":
        from afterglow.safety.language.pages import respond

        return respond
    raise AttributeError(name)
