"""What the care team records through the API, through the pages' forms and services: each
write audited."""

from datetime import timedelta

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.integration.models import IntegrationSession, Step
from afterglow.journal.models import PromptAssignment
from afterglow.safety.models import Flag
from afterglow.treatments.models import MonitoringRecord, TreatmentSession

JSON = "application/json"


def written(action, patient):
    return AuditEvent.objects.filter(action=action, patient=patient, outcome="success").exists()


def test_record_and_change_a_session(client, people, world):
    auth = {"content_type": JSON, **bearer(people.clinician)}
    url = f"{API}/patients/{people.pat.pk}/treatments"
    body = {
        "modality": "iv",
        "status": "completed",
        "starts_at": "2026-03-09T10:00:00-05:00",
        "minutes": 50,
        "dose_mg": "35.5",
        "notes": "Calm throughout",
    }
    made = client.post(url, body, **auth)
    assert made.status_code == 201 and made.json()["dose_mg"] == "35.50"
    session = TreatmentSession.objects.get(pk=made.json()["id"])
    assert session.ends_at - session.starts_at == timedelta(minutes=50)
    assert session.clinician == people.clinician and written("treatment.record", people.pat)
    future = {**body, "starts_at": "2026-03-20T10:00:00-05:00"}
    refused = client.post(url, future, **auth)
    assert refused.status_code == 409 and "not started" in refused.json()["title"]
    booked = client.post(url, {**future, "status": "scheduled"}, **auth)
    assert booked.status_code == 201
    changed = client.put(f"{url}/{session.pk}", {**body, "status": "missed"}, **auth)
    assert changed.json()["status"] == "missed" and written("treatment.update", people.pat)
    assert client.post(url, {**body, "dose_mg": "501"}, **auth).status_code == 422
    assert client.post(url, {**body, "starts_at": "2026-03-09 10:00"}, **auth).status_code == 422


def test_set_the_plan(client, people, world):
    auth = {"content_type": JSON, **bearer(people.clinician)}
    url = f"{API}/patients/{people.pat.pk}/plan"
    body = {
        "protocol_id": world.protocol.pk,
        "start_date": "2026-02-02",
        "start_phase": "maintenance",
    }
    plan = client.put(url, body, **auth).json()
    assert plan["start_date"] == "2026-02-02" and plan["due"]["phase"] == "maintenance"
    assert written("plan.set", people.pat)
    assert client.get(url, **auth).json()["protocol_id"] == world.protocol.pk
    assert written("plan.view", people.pat)
    other = client.put(url, {**body, "protocol_id": 2_000_000_000}, **auth)
    assert other.status_code == 404 and other.json()["title"] == "No such protocol"


def test_the_rems_monitoring_record(client, people, world):
    auth = {"content_type": JSON, **bearer(people.clinician)}
    url = f"{API}/patients/{people.pat.pk}/treatments/{world.spravato.pk}/rems"
    body = {
        "dose_mg": 70,
        "lot_number": "LOT-7",
        "bp_before": {"systolic": 128, "diastolic": 82},
        "bp_40_minutes": {"systolic": 150, "diastolic": 90},
        "bp_discharge": {"systolic": 130, "diastolic": 84},
        "sedation": {"seen": True, "resolved_at": "11:40"},
        "dissociation": {"seen": True, "resolved_at": "11:20"},
        "respiratory": {"seen": False},
        "monitoring": {"minutes": 100, "reason": "Left with family after a check."},
        "benzodiazepines": True,
    }
    saved = client.put(url, body, **auth).json()
    assert saved["dose_mg"] == 70 and saved["bp_40_minutes"] == {"systolic": 150, "diastolic": 90}
    assert saved["sedation"] == {"seen": True, "resolved_at": "11:40"}
    found = MonitoringRecord.objects.get(session=world.spravato)
    assert (found.dose, found.dose_other_mg, found.completed_by) == ("other", 70, people.clinician)
    assert written("treatment.monitoring", people.pat)
    assert client.get(url, **auth).json()["monitoring_minutes"] == 100
    assert written("treatment.monitoring_view", people.pat)
    no_reason = {**body, "monitoring": {"minutes": 100}}
    assert client.put(url, no_reason, **auth).status_code == 422
    iv = f"{API}/patients/{people.pat.pk}/treatments/{world.recent.pk}/rems"
    assert client.put(iv, body, **auth).status_code == 404  # REMS is for Spravato


def test_prompts_schedules_and_notes(client, people, world):
    auth = {"content_type": JSON, **bearer(people.clinician)}
    base = f"{API}/patients/{people.pat.pk}"
    given = client.post(f"{base}/prompts", {"prompt_id": world.prompt.pk}, **auth)
    assert given.status_code == 201 and PromptAssignment.objects.filter(patient=people.pat).exists()
    assert written("journal.prompt_assign", people.pat)
    today = client.get(f"{API}/today", **bearer(people.patient)).json()
    assert today["prompt"]["id"] == world.prompt.pk and today["prompt"]["from_care_team"]
    when = {"scheduled_for": "2026-03-12T15:00:00-05:00", "treatment_id": str(world.spravato.pk)}
    scheduled = client.post(f"{base}/integration-sessions", when, **auth)
    assert scheduled.status_code == 201 and written("integration.session_schedule", people.pat)
    unknown = client.post(
        f"{base}/integration-sessions", {**when, "treatment_id": str(world.booked.pk)}, **auth
    )
    assert unknown.status_code == 404  # a booked treatment has no integration session yet
    note = {
        "insights": "Feels less alone",
        "tools": "Box breathing\nA walk after lunch",
        "areas": ["self_talk"],
        "homework_step": "Write one kind sentence",
        "homework_due": "2026-03-15",
    }
    url = f"{base}/integration-sessions/{world.integration.pk}/note"
    done = client.put(url, note, **auth).json()
    assert done["status"] == "done" and done["insights"] == "Feels less alone"
    assert Step.objects.get(from_session=world.integration).title == "Write one kind sentence"
    assert IntegrationSession.objects.get(pk=world.integration.pk).therapist == people.clinician
    assert written("integration.note", people.pat)
    patient_view = client.get(
        f"{API}/integration-sessions/{world.integration.pk}", **bearer(people.patient)
    )
    assert (
        patient_view.json()["insights"] is None
        and patient_view.json()["tools"][0] == "Box breathing"
    )


def test_flags_are_acknowledged_then_resolved(client, people, world):
    auth = {"content_type": JSON, **bearer(people.clinician)}
    url = f"{API}/flags/{world.flag.pk}"
    assert client.post(f"{url}/acknowledge", **auth).json()["status"] == "acknowledged"
    assert client.post(f"{url}/resolve", {"note": "   "}, **auth).status_code == 422
    resolved = client.post(f"{url}/resolve", {"note": "Called; safe plan."}, **auth).json()
    assert resolved["status"] == "resolved" and resolved["resolved_at"]
    assert Flag.objects.get().resolution_note == "Called; safe plan."
    assert written("flag.acknowledge", people.pat) and written("flag.resolve", people.pat)
    # each call that got past its body's validation read the flag, audited
    assert AuditEvent.objects.filter(action="flag.view", patient=people.pat).count() == 2


def test_times_are_kept_in_utc_whatever_their_offset(client, people, world):
    """RFC 3339 allows offsets to 23:59; PostgreSQL stores to 15:59 (a 500, once)."""
    auth = {"content_type": JSON, **bearer(people.clinician)}
    body = {"modality": "iv", "status": "scheduled", "starts_at": "2026-04-01T07:00:00-20:26"}
    made = client.post(
        f"{API}/patients/{people.pat.pk}/treatments", {**body, "minutes": 60}, **auth
    )
    assert made.status_code == 201 and made.json()["starts_at"] == "2026-04-02T03:26:00Z"
