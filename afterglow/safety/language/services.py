"""Writes for what the detector found: record it, remember "not now", tell the care team."""

from typing import Any

from django.apps import apps
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from afterglow.audit.services import record
from afterglow.safety.language.verdict import Level, Verdict
from afterglow.safety.models import Flag, FlagKind, Severity, TextCheck
from afterglow.safety.services import flag_raise

# The reason a care team reads on the flag, by where the words were written.
REASONS = {
    "journal.entry": "journal_entry",
    "aftercare.checkin": "check_in_note",
    "conversations.message": "message",
    "visits.visitsummary": "visit_questions",
}


def text_check_record(
    *, patient: Any, source: Any, verdict: Verdict, request: HttpRequest | None
) -> TextCheck | None:
    """Keep the verdict for ``source`` (audited when something was found); None when nothing was."""
    source_type, source_id = source._meta.label_lower, str(source.pk)
    existing = TextCheck.objects.filter(source_type=source_type, source_id=source_id).first()
    if verdict.level == Level.NONE:
        if existing is not None:
            existing.delete()
        return None
    check = existing or TextCheck(patient=patient, source_type=source_type, source_id=source_id)
    check.level, check.codes, check.checked_at = verdict.level, list(verdict.codes), timezone.now()
    check.full_clean(validate_constraints=False)
    with transaction.atomic():
        check.save()
        record(
            action="language.detect",
            request=request,
            patient=patient,
            obj=check,
            # One key per category found: the audit row holds codes only, never the words.
            detail={"level": str(verdict.level), "in": source_type}
            | dict.fromkeys(verdict.codes, True),
        )
    return check


def text_check_decline(*, check: TextCheck, request: HttpRequest | None) -> TextCheck:
    """The patient said "not now" to the questions: remembered for this piece of writing."""
    if check.declined_at is None:
        check.declined_at = timezone.now()
        with transaction.atomic():
            check.save(update_fields=["declined_at"])
            record(action="language.decline", request=request, patient=check.patient, obj=check)
    return check


def text_check_tell_team(*, check: TextCheck, request: HttpRequest | None) -> Flag:
    """Only on the patient's own choice, after they saw the resources: one flag per writing."""
    source = apps.get_model(check.source_type).objects.get(pk=check.source_id)
    return source_tell_team(patient=check.patient, source=source, request=request)


def source_tell_team(*, patient: Any, source: Any, request: HttpRequest | None) -> Flag:
    """The patient asked their care team to check in about something they wrote. The flag
    says where and, when the detector found something, which kind of worry (never the words)."""
    source_type, source_id = source._meta.label_lower, str(source.pk)
    check = TextCheck.objects.filter(source_type=source_type, source_id=source_id).first()
    codes = check.codes if check is not None else []
    flag = flag_raise(
        patient=patient,
        kind=FlagKind.CRISIS_LANGUAGE,
        severity=Severity.SAFETY,
        reasons=[REASONS.get(source_type, "free_text"), *codes],
        source=source,
        request=request,
    )
    if check is not None and check.told_team_at is None:
        check.told_team_at = timezone.now()
        check.save(update_fields=["told_team_at"])
    return flag
