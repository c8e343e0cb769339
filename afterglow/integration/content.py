"""The seven areas of ketamine-assisted psychotherapy, described in Afterglow's words."""

from django.utils.translation import gettext_lazy as _

AREA_DESCRIPTIONS = {
    "self_awareness": _("Noticing your patterns, needs and feelings as they happen."),
    "emotional_wounds": _("Meeting old hurts with care, so they weigh less."),
    "limiting_beliefs": _("Questioning the stories about yourself that keep you small."),
    "self_talk": _("Speaking to yourself the way a good friend would."),
    "routines": _("Building days, habits and hobbies that support you."),
    "communication": _("Saying what you need, and coping when things are hard."),
    "joy": _("Finding what lights you up, and trusting yourself more."),
}
