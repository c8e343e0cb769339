"""The emotions a patient can name with one tap (plus any words of their own)."""

EMOTIONS = [
    ("joy", "Joy"),
    ("gratitude", "Gratitude"),
    ("grief", "Grief"),
    ("awe", "Awe"),
    ("calm", "Calm"),
    ("hope", "Hope"),
    ("relief", "Relief"),
    ("love", "Love"),
    ("peace", "Peace"),
    ("sadness", "Sadness"),
    ("fear", "Fear"),
    ("anger", "Anger"),
    ("confusion", "Confusion"),
    ("shame", "Shame"),
    ("loneliness", "Loneliness"),
]
EMOTION_LABELS = dict(EMOTIONS)

FITS = [
    ("session_day", "The day of a session"),
    ("first_week", "The first week after"),
    ("integration", "Integration (weeks after)"),
    ("maintenance", "Maintenance"),
]
