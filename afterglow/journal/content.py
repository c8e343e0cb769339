"""The prompts every clinic starts with, written for Afterglow (editable per clinic).

Marked for translation: a prompt a clinic has not edited reads in the reader's language
(``Prompt.shown_text``); one it has rewritten reads as the clinic wrote it.
"""

from typing import Any

from django.utils.translation import gettext_noop

PROMPTS: list[dict[str, Any]] = [
    {
        "key": "one-image",
        "fits": ["session_day"],
        "text": gettext_noop(
            "What is one image, feeling or moment from today's session that stays with you?"
        ),
    },
    {
        "key": "body-now",
        "fits": ["session_day"],
        "text": gettext_noop(
            "How does your body feel right now? Describe it as if to a kind friend."
        ),
    },
    {
        "key": "small-words",
        "fits": ["session_day"],
        "text": gettext_noop("If today had a title, what would it be?"),
    },
    {
        "key": "surprised-me",
        "fits": ["session_day", "first_week"],
        "text": gettext_noop("What surprised you during or after your session?"),
    },
    {
        "key": "since-session",
        "fits": ["first_week"],
        "integration_area": "self_awareness",
        "text": gettext_noop(
            "What have you noticed about yourself in the days since your session?"
        ),
    },
    {
        "key": "old-wound",
        "fits": ["first_week", "integration"],
        "integration_area": "emotional_wounds",
        "text": gettext_noop(
            "Did an old hurt come up? What would you like to say to the part of you that "
            "carries it?"
        ),
    },
    {
        "key": "belief-to-question",
        "fits": ["integration"],
        "integration_area": "limiting_beliefs",
        "text": gettext_noop("Which belief about yourself feels less certain than it used to?"),
    },
    {
        "key": "kind-voice",
        "fits": ["integration", "maintenance"],
        "integration_area": "self_talk",
        "dimension": "emotional",
        "text": gettext_noop("Write to yourself the way a loving friend would write to you today."),
    },
    {
        "key": "small-routine",
        "fits": ["integration", "maintenance"],
        "integration_area": "routines",
        "dimension": "physical",
        "text": gettext_noop("What small routine helped you this week, and what got in its way?"),
    },
    {
        "key": "conversation",
        "fits": ["integration"],
        "integration_area": "communication",
        "dimension": "social",
        "text": gettext_noop(
            "Think of a conversation you'd like to have. What do you most want the other "
            "person to understand?"
        ),
    },
    {
        "key": "joy-source",
        "fits": ["integration", "maintenance"],
        "integration_area": "joy",
        "text": gettext_noop("When did you feel most like yourself lately? What were you doing?"),
    },
    {
        "key": "gratitude-three",
        "fits": ["first_week", "maintenance"],
        "dimension": "spiritual",
        "text": gettext_noop("Name three things, however small, that you're grateful for today."),
    },
    {
        "key": "space-around",
        "fits": ["maintenance"],
        "dimension": "environmental",
        "text": gettext_noop(
            "Is there one corner of your home that could feel calmer? What would change it?"
        ),
    },
    {
        "key": "work-meaning",
        "fits": ["maintenance"],
        "dimension": "occupational",
        "text": gettext_noop("What part of your work or daily tasks gives you a sense of meaning?"),
    },
    {
        "key": "learning",
        "fits": ["integration", "maintenance"],
        "dimension": "mental",
        "text": gettext_noop(
            "What have you been curious about lately? How could you follow that curiosity?"
        ),
    },
    {
        "key": "since-last-booster",
        "fits": ["maintenance"],
        "text": gettext_noop(
            "Looking back since your last session: what has stayed with you, and what has faded?"
        ),
    },
]


def ensure_prompts(clinic: Any, prompt_model: Any) -> None:
    for spec in PROMPTS:
        prompt_model.objects.get_or_create(
            clinic=clinic,
            key=spec["key"],
            defaults={
                "text": spec["text"],
                "fits": spec["fits"],
                "dimension": spec.get("dimension", ""),
                "integration_area": spec.get("integration_area", ""),
            },
        )


def seed_clinic(clinic: Any) -> None:
    from afterglow.journal.models import Prompt

    ensure_prompts(clinic, Prompt)
