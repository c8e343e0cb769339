"""“Download my data”: a zip with everything about the patient in JSON, the journal also in
Markdown, a FHIR R4 bundle, and a README that explains each file."""

import io
import json
import zipfile
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from afterglow.api.fhir import bundle_json
from afterglow.clinics.models import Patient
from afterglow.data.holdings import DERIVED, SECRETS, STAFF_ONLY, patient_models
from afterglow.journal.models import Entry
from afterglow.journal.transfer import entry_as_markdown, export_json
from afterglow.voice.transfer import export_into as voice_export_into

ABOUT = {
    "treatments.TreatmentSession": _("Your treatment sessions: when, which treatment, status."),
    "treatments.MaintenancePlan": _("Your treatment plan (the rhythm of your sessions)."),
    "treatments.MonitoringRecord": _("Spravato monitoring records your clinic kept."),
    "treatments.Intention": _("The intentions you set before your sessions."),
    "aftercare.CheckIn": _("Your evening and next-morning check-ins after sessions."),
    "outcomes.Response": _("Your PHQ-9 and GAD-7 answers and totals."),
    "outcomes.DailyCheck": _("Your daily checks: mood, energy, sleep and your word."),
    "outcomes.Screening": _(
        "Your answers to the safety screener (C-SSRS) and the level they gave."
    ),
    "wellbeing.Assessment": _("Your Happiness Circle ratings and notes."),
    "wellbeing.Focus": _("The dimensions you chose to focus on."),
    "integration.Goal": _("Your goals."),
    "integration.Step": _("The steps toward your goals."),
    "integration.WeeklyReview": _("Your weekly reviews."),
    "integration.IntegrationSession": _("Your integration sessions: agenda and shared notes."),
    "journal.Draft": _("Drafts you had not saved yet."),
    "journal.PromptAssignment": _("Prompts your therapist gave you."),
    "reminders.Medication": _("Your medicines, in your words."),
    "reminders.MedicationCheck": _("Your daily “taken as prescribed?” answers."),
    "reminders.Notification": _("Reminders Afterglow sent you."),
    "reminders.Preference": _("Your reminder settings."),
    "reminders.TextNumber": _("Your number for text reminders: when you verified it, any STOP."),
    "reminders.PushSubscription": _("The devices where you turned notifications on."),
    "aftercare.CompanionLink": _("Links you made for your companion (when, until when)."),
    "conversations.Conversation": _("Your conversation with your care team: who holds it, when."),
    "conversations.Message": _("Your messages with your care team, both ways."),
    "conversations.ReadState": _("Up to when each person read the conversation."),
    "safety.Flag": _("Flags raised for your care team (what raised them, as codes)."),
    "visits.VisitSummary": _(
        "Your summaries for the next visit: the parts and items you chose, your questions, "
        "and when you shared them."
    ),
}


def _rows(model: type[models.Model], lookup: dict[str, Any]) -> list[dict[str, Any]]:
    hidden = SECRETS | STAFF_ONLY.get(model._meta.label, set())
    rows = []
    for obj in model._default_manager.filter(**lookup):
        row: dict[str, Any] = {"id": str(obj.pk)}
        for field in model._meta.concrete_fields:
            if field.primary_key or field.name in hidden:
                continue
            row[field.name] = field.value_from_object(obj)
        if row.get("insights") and not row.get("insights_shared"):
            row["insights"] = None  # the therapist's note, until they share it
        rows.append(row)
    return rows


def export_zip(patient: Patient) -> bytes:
    user = patient.user
    buffer = io.BytesIO()
    readme = [
        gettext("Your data from Afterglow"),
        gettext("Made %(moment)s UTC for %(name)s (%(email)s).")
        % {
            "moment": f"{timezone.now():%Y-%m-%d %H:%M}",
            "name": user.full_name,
            "email": user.email,
        },
        "",
        "profile.json     "
        + gettext("Your account and contact details, your clinic and care team."),
        "journal.json     " + gettext("Every journal entry, with emotions, tags and sharing."),
        "journal/*.md     " + gettext("The same entries as Markdown, one file each."),
        "fhir.json        "
        + gettext("Your record as a FHIR R4 Bundle, the format clinics' systems use."),
    ]
    entries = list(Entry.objects.filter(patient=patient).order_by("created_at"))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("profile.json", _json(_profile(patient)))
        archive.writestr("journal.json", export_json(entries))
        for n, entry in enumerate(entries, start=1):
            archive.writestr(
                f"journal/{entry.created_at:%Y-%m-%d}-{n:05d}.md", entry_as_markdown(entry)
            )
        archive.writestr("fhir.json", bundle_json(patient))
        readme += voice_export_into(archive, patient)
        for model, lookup in patient_models(patient):
            label = model._meta.label
            if label in DERIVED or label in ("journal.Entry", "voice.VoiceNote"):
                continue
            rows = _rows(model, lookup)
            if not rows:
                continue
            name = f"{label.lower().replace('.', '_')}.json"
            archive.writestr(name, _json(rows))
            about = str(ABOUT.get(label, str(model._meta.verbose_name_plural).capitalize() + "."))
            readme.append(f"{name:<40} {about}")
        readme += [
            "",
            gettext("Dates and times are in UTC (ISO 8601). Scores are as you answered them."),
            gettext("Nothing here is shared with anyone by downloading it: keep the file safe."),
        ]
        archive.writestr("README.txt", "\n".join(readme) + "\n")
    return buffer.getvalue()


def _profile(patient: Patient) -> dict[str, Any]:
    user = patient.user
    return {
        "name": user.full_name,
        "preferred_name": user.preferred_name,
        "email": user.email,
        "time_zone": user.time_zone,
        "theme": user.theme,  # light, dark, or the device's setting
        "date_of_birth": patient.date_of_birth,
        "emergency_contact": {
            "name": patient.emergency_contact_name,
            "phone": patient.emergency_contact_phone,
        },
        "clinic": patient.clinic.name,
        "care_team": [c.full_name for c in patient.care_team.all()],
        "joined": patient.created_at,
    }


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, cls=DjangoJSONEncoder)
