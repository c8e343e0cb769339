"""The eight dimensions of the Holistic Happiness Circle, in Afterglow's own words.

Themes from the clinic's guide (shared/seed); each clinic edits its own copy in the admin.
The words are seeded in English and marked for translation: a guide the clinic left as seeded
reads in the reader's language (``DimensionGuide``), one it rewrote reads as written.
"""

from typing import Any

from django.utils.translation import gettext_noop


def _lines(*lines: str) -> str:
    """One question or practice a line, as the admin edits them."""
    return "\n".join(lines)


GUIDES: list[dict[str, Any]] = [
    {
        "dimension": "emotional",
        "description": gettext_noop(
            "How kindly you treat yourself, and how you meet hard thoughts."
        ),
        "questions": _lines(
            gettext_noop("How often do you speak to yourself with warmth?"),
            gettext_noop("When a harsh thought comes, can you question it?"),
            gettext_noop("Do your closest relationships feel nourishing?"),
        ),
        "practices": _lines(
            gettext_noop("Write yourself one kind sentence each morning"),
            gettext_noop("Catch one harsh thought a day and write a fairer one"),
            gettext_noop("Tell someone close what they mean to you"),
        ),
    },
    {
        "dimension": "social",
        "description": gettext_noop(
            "The people around you, the limits you set, and the small risks of reaching out."
        ),
        "questions": _lines(
            gettext_noop("Who can you call when things are hard?"),
            gettext_noop("Can you say no without guilt?"),
            gettext_noop("When did you last try something outside your comfort zone with others?"),
        ),
        "practices": _lines(
            gettext_noop("Reach out to one person you miss this week"),
            gettext_noop("Practise one gentle 'no'"),
            gettext_noop("Join one group activity, even briefly"),
        ),
    },
    {
        "dimension": "spiritual",
        "description": gettext_noop("Gratitude, ritual, and feeling part of something larger."),
        "questions": _lines(
            gettext_noop("What are you grateful for today?"),
            gettext_noop("Is there a small ritual that steadies you?"),
            gettext_noop("When do you feel connected to something bigger than yourself?"),
        ),
        "practices": _lines(
            gettext_noop("Name three things you're grateful for each evening"),
            gettext_noop("Create a two-minute morning ritual"),
            gettext_noop("Spend time somewhere that gives you a sense of awe"),
        ),
    },
    {
        "dimension": "mental",
        "description": gettext_noop(
            "Curiosity, learning, creativity and hobbies that engage your mind."
        ),
        "questions": _lines(
            gettext_noop("What have you learned lately that excited you?"),
            gettext_noop("When did you last make something?"),
            gettext_noop("Is there a hobby you miss?"),
        ),
        "practices": _lines(
            gettext_noop("Spend 20 minutes on something you're curious about"),
            gettext_noop("Make something small with your hands"),
            gettext_noop("Pick up an old hobby for one session"),
        ),
    },
    {
        "dimension": "physical",
        "description": gettext_noop("Sleep, food, movement and looking after your health."),
        "questions": _lines(
            gettext_noop("How are you sleeping?"),
            gettext_noop("Does your food give you steady energy?"),
            gettext_noop("How does your body like to move?"),
            gettext_noop("Are you up to date with your medical care?"),
        ),
        "practices": _lines(
            gettext_noop("Keep a steady bedtime for a week"),
            gettext_noop("Take a 15-minute walk each day"),
            gettext_noop("Book the check-up you've been putting off"),
        ),
    },
    {
        "dimension": "environmental",
        "description": gettext_noop(
            "The spaces you live and work in, and whether they calm or crowd you."
        ),
        "questions": _lines(
            gettext_noop("Is there a place at home that feels peaceful?"),
            gettext_noop("What in your space drains you?"),
            gettext_noop("How often do you spend time outdoors?"),
        ),
        "practices": _lines(
            gettext_noop("Clear one surface and keep it clear"),
            gettext_noop("Bring one plant or bit of nature indoors"),
            gettext_noop("Spend time outside three times this week"),
        ),
    },
    {
        "dimension": "financial",
        "description": gettext_noop(
            "Your relationship with money and your sense of stability ahead."
        ),
        "questions": _lines(
            gettext_noop("How do you feel when you think about money?"),
            gettext_noop("Do you know where your money goes each month?"),
            gettext_noop("Is there one step toward stability you could take?"),
        ),
        "practices": _lines(
            gettext_noop("Look at one month of spending without judging it"),
            gettext_noop("Set up a small automatic saving"),
            gettext_noop("Write down one money worry and one step toward it"),
        ),
    },
    {
        "dimension": "occupational",
        "description": gettext_noop("Satisfaction and growth in your work, study or daily role."),
        "questions": _lines(
            gettext_noop("What part of your work feels meaningful?"),
            gettext_noop("Where would you like to grow?"),
            gettext_noop("Do your days match what matters to you?"),
        ),
        "practices": _lines(
            gettext_noop("Notice one moment of meaning at work each day"),
            gettext_noop("Talk to someone about a skill you'd like to build"),
            gettext_noop("Protect one hour a week for what matters most"),
        ),
    },
]


def ensure_guides(clinic: Any, guide_model: Any) -> None:
    for order, spec in enumerate(GUIDES):
        guide_model.objects.get_or_create(
            clinic=clinic,
            dimension=spec["dimension"],
            defaults={**{k: v for k, v in spec.items() if k != "dimension"}, "order": order},
        )


def seed_clinic(clinic: Any) -> None:
    from afterglow.wellbeing.models import DimensionGuide

    ensure_guides(clinic, DimensionGuide)
