"""A patient's timeline: everything the care team may see, newest first."""

from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse

from afterglow.aftercare.models import CheckIn
from afterglow.clinics.models import Patient
from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.journal.models import Entry
from afterglow.outcomes.models import Response, Screening
from afterglow.safety.models import Flag
from afterglow.safety.reasons import REASON_LABELS
from afterglow.treatments.models import TreatmentSession
from afterglow.voice.models import VoiceNote
from afterglow.wellbeing.models import Assessment

KINDS = {
    "sessions": "Treatments",
    "checkins": "Check-ins",
    "journal": "Shared entries",
    "voice": "Shared voice notes",
    "scores": "Questionnaires",
    "screener": "Safety screener",
    "circle": "Circle",
    "goals": "Goals and steps",
    "integration": "Integration sessions",
    "flags": "Flags",
}
EACH = 40


@dataclass(frozen=True)
class Item:
    when: datetime
    kind: str
    title: str
    detail: str = ""
    url: str = ""


def timeline(patient: Patient, kinds: set[str]) -> list[Item]:
    """One query per kind shown; newest first, the latest 40 of each kind."""
    items: list[Item] = []
    for kind in KINDS:
        if kind in kinds:
            items.extend(BUILDERS[kind](patient))
    return sorted(items, key=lambda item: item.when, reverse=True)


def _sessions(p: Patient) -> list[Item]:
    return [
        Item(
            s.starts_at,
            "sessions",
            f"{s.get_modality_display()}: {s.get_status_display()}",
            f"{s.dose_mg:g} mg" if s.dose_mg else "",
        )
        for s in TreatmentSession.objects.filter(patient=p).order_by("-starts_at")[:EACH]
    ]


def _checkins(p: Patient) -> list[Item]:
    items = []
    for c in CheckIn.objects.filter(session__patient=p).order_by("-created_at")[:EACH]:
        parts = [f"mood {c.mood}/5"] + ([f"sleep {c.sleep}/5"] if c.sleep else [])
        parts += [", ".join(c.side_effects)] if c.side_effects else []
        parts += (
            ["red flags: " + ", ".join(REASON_LABELS.get(r, r) for r in c.red_flags)]
            if c.red_flags
            else []
        )
        items.append(Item(c.created_at, "checkins", c.get_kind_display(), " · ".join(parts)))
    return items


def _voice(p: Patient) -> list[Item]:
    """Shared voice notes with their length; they are played on the patient's page."""
    notes = VoiceNote.objects.filter(
        patient=p, shared_at__isnull=False, completed_at__isnull=False
    ).order_by("-shared_at")[:EACH]
    return [
        Item(
            n.shared_at or n.created_at,
            "voice",
            n.title or f"Voice note of {n.recorded_on:%b} {n.recorded_on.day}",
            f"{n.length} long",
            reverse("careteam:patient", args=[p.pk]) + "#shared-voice-heading",
        )
        for n in notes
    ]


def _journal(p: Patient) -> list[Item]:
    """Titles only: the words are read on the entry's own page, where each view is audited."""
    return [
        Item(
            e.shared_at or e.created_at,
            "journal",
            e.title or f"Shared entry of {e.written_on:%b} {e.written_on.day}",
            "",
            reverse("journal:shared_entry", args=[p.pk, e.pk]),
        )
        for e in Entry.objects.filter(patient=p, shared_at__isnull=False).order_by("-shared_at")[
            :EACH
        ]
    ]


def _scores(p: Patient) -> list[Item]:
    return [
        Item(
            r.created_at,
            "scores",
            f"{r.get_instrument_display()} {r.total}",
            r.band_label,
            reverse("outcomes:patient", args=[p.pk]),
        )
        for r in Response.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]


def _screenings(p: Patient) -> list[Item]:
    """Which questions were answered yes, by number; the answers themselves are on the
    patient's page (the latest) and in the FHIR export (every one)."""
    items = []
    for s in Screening.objects.filter(patient=p).order_by("-created_at")[:EACH]:
        yes = s.yes_numbers
        detail = f"Yes to {', '.join(yes)}" if yes else "No to every question asked"
        items.append(
            Item(s.created_at, "screener", f"C-SSRS screener: {s.get_level_display()}", detail)
        )
    return items


def _circle(p: Patient) -> list[Item]:
    return [
        Item(
            a.created_at,
            "circle",
            "Happiness Circle",
            ", ".join(f"{k} {v}" for k, v in a.scores.items()),
            reverse("integration:patient", args=[p.pk]),
        )
        for a in Assessment.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]


def _goals(p: Patient) -> list[Item]:
    goals = [
        Item(g.created_at, "goals", f"New goal: {g.title}", g.get_status_display())
        for g in Goal.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]
    steps = [
        Item(s.done_at, "goals", f"Step done: {s.title}")  # type: ignore[arg-type]
        for s in Step.objects.filter(goal__patient=p, done_at__isnull=False).order_by("-done_at")[
            :EACH
        ]
    ]
    return goals + steps


def _integration(p: Patient) -> list[Item]:
    return [
        Item(
            s.note_written_at or s.scheduled_for or s.created_at,
            "integration",
            f"Integration session: {s.get_status_display()}",
            "; ".join(s.tool_list),
            reverse("integration:note", args=[p.pk, s.pk]),
        )
        for s in IntegrationSession.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]


def _flags(p: Patient) -> list[Item]:
    return [
        Item(
            f.created_at,
            "flags",
            f"Flag: {f.get_kind_display()} ({f.get_status_display()})",
            ", ".join(REASON_LABELS.get(r, r) for r in f.reasons),
        )
        for f in Flag.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]


BUILDERS = {
    "sessions": _sessions,
    "checkins": _checkins,
    "journal": _journal,
    "voice": _voice,
    "scores": _scores,
    "screener": _screenings,
    "circle": _circle,
    "goals": _goals,
    "integration": _integration,
    "flags": _flags,
}
