"""Demo journals: a few believable entries for each demo patient (only if they have none)."""

from datetime import timedelta

from django.utils import timezone

from afterglow.clinics.models import Clinic, Patient
from afterglow.journal.models import Entry, Prompt
from afterglow.journal.services import journal_import

# (patient, days ago, prompt key or "", title, body, emotions, tags, shared, for next session)
DEMO = [
    (
        "alex",
        110,
        "one-image",
        "The dock",
        "I kept seeing the dock at my grandfather's lake. "
        "I was small and he was teaching me to cast. I cried on the drive home, but it was a soft "
        "kind of crying.",
        ["grief", "love"],
        "family",
        True,
        False,
    ),
    (
        "alex",
        95,
        "",
        "",
        "Slept nine hours. Walked to the bakery and back without checking my "
        "phone once. Small thing, felt big.",
        ["calm", "relief"],
        "walks",
        False,
        False,
    ),
    (
        "alex",
        60,
        "belief-to-question",
        "Not a burden",
        "The belief that I am a burden to "
        "people feels thinner. My sister called just to talk and I let myself enjoy it.",
        ["hope", "gratitude"],
        "family, beliefs",
        True,
        False,
    ),
    (
        "alex",
        21,
        "since-last-booster",
        "",
        "Since the last booster the mornings are easier. "
        "Evenings still dip around 8pm. I'd like to talk about that with Sam.",
        ["hope", "sadness"],
        "evenings",
        True,
        True,
    ),
    (
        "priya",
        14,
        "one-image",
        "Colours",
        "Everything turned into slow colours and I felt held "
        "rather than lost. Strange to say about a clinic chair.",
        ["awe", "peace"],
        "",
        False,
        False,
    ),
    (
        "priya",
        9,
        "",
        "Work",
        "First full day back at work. Tired but not the grey tired. "
        "Told my manager I need to leave on time on session days.",
        ["relief"],
        "work",
        True,
        True,
    ),
    (
        "priya",
        2,
        "kind-voice",
        "",
        "Dear Priya, you are doing something brave. You don't have "
        "to have it all figured out by week four.",
        ["love", "hope"],
        "",
        False,
        False,
    ),
    (
        "noah",
        0,
        "",
        "",
        "Floaty. Grateful my brother drove me. Going to nap.",
        ["gratitude", "calm"],
        "",
        False,
        False,
    ),
]


def add_demo_journals(clinic: Clinic) -> None:
    now = timezone.now()
    prompts = {p.key: p for p in Prompt.objects.filter(clinic=clinic)}
    patients = {
        p.user.email.split("@")[0]: p
        for p in Patient.objects.filter(clinic=clinic).select_related("user")
    }
    for name, patient in patients.items():
        rows = [row for row in DEMO if row[0] == name]
        if not rows or Entry.objects.filter(patient=patient).exists():
            continue
        journal_import(
            patient=patient,
            request=None,
            entries=[
                {
                    "created_at": now - timedelta(days=days, hours=2),
                    "title": title,
                    "body": body,
                    "emotions": emotions,
                    "tags": tags,
                    "prompt": prompts.get(key),
                }
                for _, days, key, title, body, emotions, tags, _s, _m in rows
            ],
        )
        entries = list(Entry.objects.filter(patient=patient).order_by("created_at"))
        for entry, row in zip(entries, rows, strict=True):
            if row[7] or row[8]:
                entry.shared_at = now if row[7] else None
                entry.for_next_session = row[8]
                entry.save(update_fields=["shared_at", "for_next_session"])
