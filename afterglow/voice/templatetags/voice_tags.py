"""Small pieces other pages include: a patient's recent voice notes, an entry's notes."""

from typing import Any

from django import template

from afterglow.voice.models import VoiceNote

register = template.Library()


@register.inclusion_tag("voice/_notes_list.html", takes_context=True)
def recent_voice_notes(context: dict[str, Any], entry: Any = None) -> dict[str, Any]:
    """The signed-in patient's notes (one query), or the notes attached to ``entry``."""
    request = context["request"]
    notes = VoiceNote.objects.filter(
        patient__user=request.user, completed_at__isnull=False
    ).order_by("-created_at")
    if entry is not None:
        notes = notes.filter(entry=entry)
    return {"voice_notes": list(notes[:20])}
