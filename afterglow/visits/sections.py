"""The parts of a summary for the next visit, in the order the page shows them. The patient
turns each on or off; a part added later starts off for summaries saved before it existed
(``VisitSummary.sections`` lists what is in, not what is out)."""

from django.utils.translation import gettext_lazy as _

SESSIONS = "sessions"
SCORES = "scores"
CHECK_INS = "check_ins"
DAILY = "daily"
GOALS = "goals"
ENTRIES = "entries"
QUESTIONS = "questions"

SECTIONS = [
    (SESSIONS, _("Treatment sessions")),
    (SCORES, _("PHQ-9 and GAD-7")),
    (CHECK_INS, _("Check-in highlights")),
    (DAILY, _("Daily check")),
    (GOALS, _("Goals and steps done")),
    (ENTRIES, _("Shared journal entries")),
    (QUESTIONS, _("Questions for your therapist")),
]
KEYS = [key for key, _label in SECTIONS]
LABELS = dict(SECTIONS)
