"""The eight dimensions of the Holistic Happiness Circle, in Afterglow's own words.

Themes from the clinic's guide (shared/seed); each clinic edits its own copy in the admin.
"""

from typing import Any

GUIDES: list[dict[str, Any]] = [
    {
        "dimension": "emotional",
        "description": "How kindly you treat yourself, and how you meet hard thoughts.",
        "questions": "How often do you speak to yourself with warmth?\nWhen a harsh thought "
        "comes, can you question it?\nDo your closest relationships feel nourishing?",
        "practices": "Write yourself one kind sentence each morning\nCatch one harsh thought a "
        "day and write a fairer one\nTell someone close what they mean to you",
    },
    {
        "dimension": "social",
        "description": "The people around you, the limits you set, and the small risks of "
        "reaching out.",
        "questions": "Who can you call when things are hard?\nCan you say no without guilt?\n"
        "When did you last try something outside your comfort zone with others?",
        "practices": "Reach out to one person you miss this week\nPractise one gentle 'no'\n"
        "Join one group activity, even briefly",
    },
    {
        "dimension": "spiritual",
        "description": "Gratitude, ritual, and feeling part of something larger.",
        "questions": "What are you grateful for today?\nIs there a small ritual that steadies "
        "you?\nWhen do you feel connected to something bigger than yourself?",
        "practices": "Name three things you're grateful for each evening\nCreate a two-minute "
        "morning ritual\nSpend time somewhere that gives you a sense of awe",
    },
    {
        "dimension": "mental",
        "description": "Curiosity, learning, creativity and hobbies that engage your mind.",
        "questions": "What have you learned lately that excited you?\nWhen did you last make "
        "something?\nIs there a hobby you miss?",
        "practices": "Spend 20 minutes on something you're curious about\nMake something small "
        "with your hands\nPick up an old hobby for one session",
    },
    {
        "dimension": "physical",
        "description": "Sleep, food, movement and looking after your health.",
        "questions": "How are you sleeping?\nDoes your food give you steady energy?\nHow does "
        "your body like to move?\nAre you up to date with your medical care?",
        "practices": "Keep a steady bedtime for a week\nTake a 15-minute walk each day\nBook "
        "the check-up you've been putting off",
    },
    {
        "dimension": "environmental",
        "description": "The spaces you live and work in, and whether they calm or crowd you.",
        "questions": "Is there a place at home that feels peaceful?\nWhat in your space drains "
        "you?\nHow often do you spend time outdoors?",
        "practices": "Clear one surface and keep it clear\nBring one plant or bit of nature "
        "indoors\nSpend time outside three times this week",
    },
    {
        "dimension": "financial",
        "description": "Your relationship with money and your sense of stability ahead.",
        "questions": "How do you feel when you think about money?\nDo you know where your money "
        "goes each month?\nIs there one step toward stability you could take?",
        "practices": "Look at one month of spending without judging it\nSet up a small "
        "automatic saving\nWrite down one money worry and one step toward it",
    },
    {
        "dimension": "occupational",
        "description": "Satisfaction and growth in your work, study or daily role.",
        "questions": "What part of your work feels meaningful?\nWhere would you like to grow?\n"
        "Do your days match what matters to you?",
        "practices": "Notice one moment of meaning at work each day\nTalk to someone about a "
        "skill you'd like to build\nProtect one hour a week for what matters most",
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
