"""Noticing language about suicide or self-harm in free text, to offer help gently.

Phrases, not single words: "dead tired", "killing it at work" or "I could die of
embarrassment" are everyday speech, and must not alarm anyone. Nothing is sent to anyone on a
match: the patient is shown resources and chooses whether to tell their care team.
"""

import re

from afterglow.lib.text import fold

_PATTERNS = [
    r"\bkill(?:ing)?\s+my\s*self\b",
    r"\bsuicid\w*",
    r"\bend(?:ing)?\s+(?:my|it)\s+(?:own\s+)?(?:life|all)\b",
    r"\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b",
    r"\bwant(?:ed)?\s+to\s+die\b",
    r"\b(?:wish|wished)\s+i\s+(?:was|were|had)\s+(?:dead|never been born)\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me)\b",
    r"\b(?:hurt|harm|cut)(?:ing)?\s+my\s*self\b",
    r"\bself[\s-]?harm\w*",
    r"\bno\s+reason\s+to\s+(?:live|go\s+on)\b",
    r"\b(?:don'?t|do\s+not)\s+want\s+to\s+(?:live|be\s+alive|be\s+here\s+anymore|wake\s+up)\b",
    r"\boverdos\w*",
]
_CRISIS = re.compile("|".join(_PATTERNS))


def mentions_crisis(text: str | None) -> bool:
    if not text:
        return False
    return _CRISIS.search(fold(text).replace("’", "'")) is not None
