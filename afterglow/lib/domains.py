"""Names shared across apps: the Happiness Circle's dimensions and the integration areas.

The keys are stored and sent by the API; the names are translated where they are shown.
"""

from django.utils.translation import gettext_lazy as _

DIMENSIONS = [
    ("emotional", _("Emotional")),
    ("social", _("Social")),
    ("spiritual", _("Spiritual")),
    ("mental", _("Mental")),
    ("physical", _("Physical")),
    ("environmental", _("Environmental")),
    ("financial", _("Financial")),
    ("occupational", _("Occupational")),
]

INTEGRATION_AREAS = [
    ("self_awareness", _("Self-awareness")),
    ("emotional_wounds", _("Emotional wounds")),
    ("limiting_beliefs", _("Limiting beliefs")),
    ("self_talk", _("Positive self-talk")),
    ("routines", _("Healthier routines and hobbies")),
    ("communication", _("Communication and coping")),
    ("joy", _("New sources of joy and confidence")),
]
