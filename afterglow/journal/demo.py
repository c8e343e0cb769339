"""Demo journals: a few believable entries for each demo patient (only if they have none).

Each entry is written at a local time that fits its words (see ``clinics.demo``): after the
session it talks about, in the evening when it says so.
"""

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from afterglow.clinics.demo import on_day
from afterglow.clinics.models import Clinic, Patient
from afterglow.journal.models import Entry, Prompt
from afterglow.journal.services import journal_import
from afterglow.treatments.models import SessionStatus, TreatmentSession

# When Noah wrote after the session that ended an hour or more ago.
AFTER_LATEST_SESSION = "after-latest-session"

# (patient, (days ago, hour, minute) on the clinic's clock or AFTER_LATEST_SESSION, prompt key
# or "", title, body, emotions, tags, shared, for next session). Alex's sessions were 112
# (the dock) and 20 days ago, Priya's 15 days ago and yesterday.
DEMO: list[tuple[Any, ...]] = [
    (
        "alex",
        (112, 18, 40),
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
        (95, 21, 10),
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
        (60, 22, 5),
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
        (12, 20, 30),
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
        (15, 15, 20),
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
        (9, 21, 0),
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
        (2, 22, 15),
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
        AFTER_LATEST_SESSION,
        "",
        "",
        "Floaty. Grateful my brother drove me. Going to nap.",
        ["gratitude", "calm"],
        "",
        False,
        False,
    ),
    # Lucía writes in Spanish (her sessions were 10, 7 and 3 days ago): her own words, never
    # translated; the pages around them come in Spanish because she chose it.
    (
        "lucia",
        (3, 19, 30),
        "",
        "Después de la sesión",
        "Mi hija me trajo a casa. Me sentí lejos de todo un rato, luego tranquila. "
        "Cenamos sopa y me acosté temprano.",
        ["calm", "gratitude"],
        "familia",
        False,
        False,
    ),
]


def _written_at(patient: Patient, when: tuple[int, int, int] | str, now: datetime) -> datetime:
    if isinstance(when, str):  # AFTER_LATEST_SESSION
        ended = (
            TreatmentSession.objects.filter(
                patient=patient, status=SessionStatus.COMPLETED, ends_at__lte=now
            )
            .order_by("-ends_at")
            .values_list("ends_at", flat=True)
            .first()
        )
        return min(ended + timedelta(minutes=40), now) if ended else now
    days_ago, hour, minute = when
    return on_day(now, patient.clinic.time_zone, days_ago, hour, minute)


def add_demo_journals(clinic: Clinic) -> None:
    now = timezone.now()
    prompts = {p.key: p for p in Prompt.objects.filter(clinic=clinic)}
    patients = {
        p.user.email.split("@")[0]: p
        for p in Patient.objects.filter(clinic=clinic).select_related("user", "clinic")
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
                    "created_at": _written_at(patient, when, now),
                    "title": title,
                    "body": body,
                    "emotions": emotions,
                    "tags": tags,
                    "prompt": prompts.get(key),
                }
                for _, when, key, title, body, emotions, tags, _s, _m in rows
            ],
        )
        entries = list(Entry.objects.filter(patient=patient).order_by("created_at"))
        for entry, row in zip(entries, rows, strict=True):
            if row[7] or row[8]:
                entry.shared_at = now if row[7] else None
                entry.for_next_session = row[8]
                entry.save(update_fields=["shared_at", "for_next_session"])
