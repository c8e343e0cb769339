"""A patient's timeline: everything the care team may see, newest first."""

from dataclasses import dataclass
from datetime import date, datetime

from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

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
    "sessions": gettext_lazy("Treatments"),
    "checkins": gettext_lazy("Check-ins"),
    "journal": gettext_lazy("Shared entries"),
    "voice": gettext_lazy("Shared voice notes"),
    "scores": gettext_lazy("Questionnaires"),
    "screener": gettext_lazy("Safety screener"),
    "circle": gettext_lazy("Circle"),
    "goals": gettext_lazy("Goals and steps"),
    "integration": gettext_lazy("Integration sessions"),
    "flags": gettext_lazy("Flags"),
}
EACH = 40


def _day(day: date) -> str:
    return date_format(day, _("M j"))


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
        parts = [_("mood %(n)s/5") % {"n": c.mood}]
        parts += [_("sleep %(n)s/5") % {"n": c.sleep}] if c.sleep else []
        parts += [", ".join(c.side_effects)] if c.side_effects else []
        parts += (
            [
                _("red flags: %(reasons)s")
                % {"reasons": ", ".join(str(REASON_LABELS.get(r, r)) for r in c.red_flags)}
            ]
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
            n.title or _("Voice note of %(day)s") % {"day": _day(n.recorded_on)},
            _("%(length)s long") % {"length": n.length},
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
            e.title or _("Shared entry of %(day)s") % {"day": _day(e.written_on)},
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
        detail = (
            _("Yes to %(numbers)s") % {"numbers": ", ".join(yes)}
            if yes
            else _("No to every question asked")
        )
        items.append(
            Item(
                s.created_at,
                "screener",
                _("C-SSRS screener: %(level)s") % {"level": s.get_level_display()},
                detail,
            )
        )
    return items


def _circle(p: Patient) -> list[Item]:
    return [
        Item(
            a.created_at,
            "circle",
            _("Happiness Circle"),
            ", ".join(f"{k} {v}" for k, v in a.scores.items()),
            reverse("integration:patient", args=[p.pk]),
        )
        for a in Assessment.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]


def _goals(p: Patient) -> list[Item]:
    goals = [
        Item(
            g.created_at,
            "goals",
            _("New goal: %(title)s") % {"title": g.title},
            g.get_status_display(),
        )
        for g in Goal.objects.filter(patient=p).order_by("-created_at")[:EACH]
    ]
    steps = [
        Item(s.done_at, "goals", _("Step done: %(title)s") % {"title": s.title})  # type: ignore[arg-type]
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
            _("Integration session: %(status)s") % {"status": s.get_status_display()},
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
            _("Flag: %(kind)s (%(status)s)")
            % {"kind": f.get_kind_display(), "status": f.get_status_display()},
            ", ".join(str(REASON_LABELS.get(r, r)) for r in f.reasons),
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
