"""The seven areas of ketamine-assisted psychotherapy, described in Afterglow's words."""

AREA_DESCRIPTIONS = {
    "self_awareness": "Noticing your patterns, needs and feelings as they happen.",
    "emotional_wounds": "Meeting old hurts with care, so they weigh less.",
    "limiting_beliefs": "Questioning the stories about yourself that keep you small.",
    "self_talk": "Speaking to yourself the way a good friend would.",
    "routines": "Building days, habits and hobbies that support you.",
    "communication": "Saying what you need, and coping when things are hard.",
    "joy": "Finding what lights you up, and trusting yourself more.",
}
