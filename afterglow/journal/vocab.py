"""The emotions a patient can name with one tap (plus any words of their own)."""

from django.utils.translation import gettext_lazy as _

# Stored, searched and sent by the API as codes; shown by their label, in the reader's language.
EMOTIONS = [
    ("joy", _("Joy")),
    ("gratitude", _("Gratitude")),
    ("grief", _("Grief")),
    ("awe", _("Awe")),
    ("calm", _("Calm")),
    ("hope", _("Hope")),
    ("relief", _("Relief")),
    ("love", _("Love")),
    ("peace", _("Peace")),
    ("sadness", _("Sadness")),
    ("fear", _("Fear")),
    ("anger", _("Anger")),
    ("confusion", _("Confusion")),
    ("shame", _("Shame")),
    ("loneliness", _("Loneliness")),
]
EMOTION_LABELS = dict(EMOTIONS)


def emotion_label(code: str) -> str:
    """The emotion's name in the active language (a code no longer listed, as it is)."""
    return str(EMOTION_LABELS.get(code, code))


FITS = [
    ("session_day", _("The day of a session")),
    ("first_week", _("The first week after")),
    ("integration", _("Integration (weeks after)")),
    ("maintenance", _("Maintenance")),
]
