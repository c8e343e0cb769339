"""Names shared across apps: the Happiness Circle's dimensions and the integration areas."""

DIMENSIONS = [
    ("emotional", "Emotional"),
    ("social", "Social"),
    ("spiritual", "Spiritual"),
    ("mental", "Mental"),
    ("physical", "Physical"),
    ("environmental", "Environmental"),
    ("financial", "Financial"),
    ("occupational", "Occupational"),
]

INTEGRATION_AREAS = [
    ("self_awareness", "Self-awareness"),
    ("emotional_wounds", "Emotional wounds"),
    ("limiting_beliefs", "Limiting beliefs"),
    ("self_talk", "Positive self-talk"),
    ("routines", "Healthier routines and hobbies"),
    ("communication", "Communication and coping"),
    ("joy", "New sources of joy and confidence"),
]
