"""The aftercare content every clinic starts with: written for Afterglow, editable per clinic.

Facts come from the sources listed in docs/clinical-sources.md; the words are our own.
"""

from typing import Any

from django.utils.translation import gettext_noop

SELF_CARE: list[dict[str, Any]] = [
    {
        "key": "rest",
        "kind": "rest",
        "title": gettext_noop("Rest"),
        "body": gettext_noop(
            "Give yourself permission to do very little. Lie down, nap, or simply be still "
            "somewhere comfortable."
        ),
    },
    {
        "key": "hydrate",
        "kind": "hydrate",
        "title": gettext_noop("Drink water"),
        "body": gettext_noop("Sip water through the day. Count your glasses here if it helps."),
    },
    {
        "key": "gentle-activity",
        "kind": "activity",
        "title": gettext_noop("Something calm, creative or nourishing"),
        "body": gettext_noop(
            "A slow walk, time outdoors, drawing, soft music, or a simple warm meal. Choose "
            "whatever feels kind to you."
        ),
    },
    {
        "key": "reflect",
        "kind": "reflect",
        "title": gettext_noop("Gentle reflection"),
        "body": gettext_noop(
            "Notice what came up during your session, with curiosity rather than judgement. "
            "A few words are plenty."
        ),
    },
    {
        "key": "keep-it-quiet",
        "kind": "avoid",
        "title": gettext_noop("Keep today quiet"),
        "body": gettext_noop(
            "Skip hard exercise, crowds, screens that rush you, and anything that feels like "
            "too much. Today is for settling."
        ),
    },
]

SAFETY_RULES: list[dict[str, Any]] = [
    {
        "key": "spravato-driving",
        "moment": "after",
        "modality": "spravato",
        "title": gettext_noop(
            "No driving or machinery until tomorrow, after a restful night's sleep"
        ),
        "body": gettext_noop(
            "Esketamine can affect attention and reaction time for hours, even when you "
            "feel fine. Someone else drives you home today."
        ),
        "source": "label",
        "source_detail": gettext_noop(
            "SPRAVATO US prescribing information: warnings on impaired ability to "
            "drive and operate machinery; SPRAVATO REMS: patients do not drive after a session"
        ),
    },
    {
        "key": "iv-driving",
        "moment": "after",
        "modality": "iv",
        "title": gettext_noop("No driving for 24 hours"),
        "body": gettext_noop(
            "Let someone else drive you home, and wait a full day before you drive again."
        ),
        "source": "clinic",
        "source_detail": gettext_noop("Clinic protocol for IV ketamine infusions"),
    },
    {
        "key": "im-driving",
        "moment": "after",
        "modality": "im",
        "title": gettext_noop("No driving for 24 hours"),
        "body": gettext_noop(
            "Let someone else drive you home, and wait a full day before you drive again."
        ),
        "source": "clinic",
        "source_detail": gettext_noop("Clinic protocol for IM ketamine"),
    },
    {
        "key": "no-alcohol-sedatives",
        "moment": "after",
        "modality": "all",
        "title": gettext_noop("No alcohol or sedatives today, unless your prescriber said so"),
        "body": gettext_noop(
            "They add to the drowsiness ketamine can cause. Keep taking your regular "
            "medications as prescribed."
        ),
        "source": "clinic",
        "source_detail": gettext_noop(
            "Clinic protocol; the SPRAVATO label notes that alcohol and other "
            "central nervous system depressants can increase sedation"
        ),
    },
    {
        "key": "no-big-decisions",
        "moment": "after",
        "modality": "all",
        "title": gettext_noop("Leave big decisions for another day"),
        "body": gettext_noop(
            "Your thinking may feel different for a while. Let important choices wait until "
            "you have rested."
        ),
        "source": "clinic",
        "source_detail": gettext_noop("Clinic aftercare protocol"),
    },
    {
        "key": "when-to-call",
        "moment": "after",
        "modality": "all",
        "title": gettext_noop("When to call"),
        "body": gettext_noop(
            "Call your clinic if you feel unwell in a way that worries you, or if nausea, "
            "headache or a detached feeling doesn't ease by tomorrow. Call 911 for chest pain, "
            "trouble breathing, a severe headache or confusion that doesn't pass. If you have "
            "thoughts of harming yourself, call or text 988."
        ),
        "source": "clinic",
        "source_detail": gettext_noop("Clinic aftercare protocol; 988 Suicide & Crisis Lifeline"),
    },
    {
        "key": "prepare-ride",
        "moment": "before",
        "modality": "all",
        "title": gettext_noop("Arrange a ride home and a quiet rest of the day"),
        "body": gettext_noop(
            "Ask someone to take you home after your session, and keep the rest of the day "
            "free for rest."
        ),
        "source": "clinic",
        "source_detail": gettext_noop(
            "Clinic protocol; for Spravato also the SPRAVATO REMS program"
        ),
    },
    {
        "key": "spravato-food",
        "moment": "before",
        "modality": "spravato",
        "title": gettext_noop("No food for 2 hours and no drinks for 30 minutes before"),
        "body": gettext_noop("Some people feel queasy after esketamine; an empty stomach helps."),
        "source": "label",
        "source_detail": gettext_noop(
            "SPRAVATO US prescribing information: administration instructions"
        ),
    },
    {
        "key": "spravato-nasal-sprays",
        "moment": "before",
        "modality": "spravato",
        "title": gettext_noop("Nasal steroid or decongestant sprays at least 1 hour before"),
        "body": gettext_noop("If you use one, take it at least an hour before your session."),
        "source": "label",
        "source_detail": gettext_noop(
            "SPRAVATO US prescribing information: administration instructions"
        ),
    },
]

SUGGESTIONS: list[dict[str, Any]] = [
    {
        "feeling": "fatigued",
        "puts_first": "rest",
        "offer_care_team": False,
        "title": gettext_noop("Let rest lead today"),
        "body": gettext_noop(
            "Tiredness after a session is common. Lie down, close your eyes, nap if you can. "
            "Everything else can wait."
        ),
    },
    {
        "feeling": "clear",
        "puts_first": "reflect",
        "offer_care_team": False,
        "title": gettext_noop("Enjoy the clarity, gently"),
        "body": gettext_noop(
            "This can be a good moment to jot down what feels clear, to bring to your "
            "integration session. Keep the pace slow all the same."
        ),
    },
    {
        "feeling": "energized",
        "puts_first": "activity",
        "offer_care_team": False,
        "title": gettext_noop("Spend the energy softly"),
        "body": gettext_noop(
            "A slow walk or some time in nature suits this feeling well. Try not to fill the "
            "day: your mind and body are still settling."
        ),
    },
    {
        "feeling": "unsettled",
        "puts_first": "reflect",
        "offer_care_team": True,
        "title": gettext_noop("Ground yourself"),
        "body": gettext_noop(
            "Feel your feet on the floor. Name five things you can see and three you can "
            "hear. Breathe out a little longer than you breathe in. A warm drink or a blanket can "
            "help too. If the feeling stays with you, your care team is there."
        ),
    },
    {
        "feeling": "nauseous",
        "puts_first": "rest",
        "offer_care_team": True,
        "title": gettext_noop("Go easy on your stomach"),
        "body": gettext_noop(
            "Rest sitting up or on your side, take small sips of water, and try plain food "
            "once you feel ready. Call your clinic if you can't keep water down or it gets worse."
        ),
    },
]


def ensure_content(clinic: Any, item_model: Any, rule_model: Any, suggestion_model: Any) -> None:
    """Create the defaults a clinic lacks (by key); edited content is never overwritten."""
    for order, spec in enumerate(SELF_CARE):
        item_model.objects.get_or_create(
            clinic=clinic,
            key=spec["key"],
            defaults={**{k: v for k, v in spec.items() if k != "key"}, "order": order},
        )
    for order, spec in enumerate(SAFETY_RULES):
        rule_model.objects.get_or_create(
            clinic=clinic,
            key=spec["key"],
            defaults={**{k: v for k, v in spec.items() if k != "key"}, "order": order},
        )
    for order, spec in enumerate(SUGGESTIONS):
        suggestion_model.objects.get_or_create(
            clinic=clinic,
            feeling=spec["feeling"],
            defaults={**{k: v for k, v in spec.items() if k != "feeling"}, "order": order},
        )


def seed_clinic(clinic: Any) -> None:
    from afterglow.aftercare.models import FeelingSuggestion, SafetyRule, SelfCareItem

    ensure_content(clinic, SelfCareItem, SafetyRule, FeelingSuggestion)
