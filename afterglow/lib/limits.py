"""Sizes that more than one layer must agree on, kept in one place. No Django imports: the
settings read it.

A journal entry holds up to ``ENTRY_BODY_MAX`` characters, on the page and in the API alike
(the same form checks both). The API refuses a request body larger than ``API_BODY_MAX``
before reading it; that guard is sized so that it never refuses an entry the form would take,
however the client spells it: JSON may write any character as a ``\\uXXXX`` escape, twice
for one outside the Basic Multilingual Plane, so 12 bytes a character at worst, plus the
entry's other fields (title, own words, tags, emotions: well under 16 KB escaped).
"""

ENTRY_BODY_MAX = 20_000
# A message to or from the care team: a note, not an essay (the journal is for those).
MESSAGE_MAX = 5_000
# Questions a patient writes for their therapist in the summary for the next visit, all together.
QUESTIONS_MAX = 5_000
API_BODY_MAX = ENTRY_BODY_MAX * 12 + 16 * 1024
