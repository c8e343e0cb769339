"""The crisis-language detector: a verdict for a piece of free text, with reasons as codes.

``assess(text)`` returns a ``Verdict``: ``level`` is ``none``, ``concern`` (indirect signs:
hopelessness, burden, goodbyes) or ``crisis`` (explicit: a wish to die, suicidal thoughts,
intent, a plan, a method, preparation, self-harm); ``codes`` name the categories found, never
the words. See docs/safety-language.md.
"""

from afterglow.safety.language.detector import assess
from afterglow.safety.language.verdict import Level, Verdict

__all__ = ["Level", "Verdict", "assess"]
