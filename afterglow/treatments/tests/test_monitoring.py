from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.safety.models import Flag
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import MonitoringRecord

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


@pytest.fixture
def spravato(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    return completed_session(people.pat, ended=NOW - timedelta(hours=3), modality="spravato")


def url(people, session, name="monitoring"):
    return reverse(f"treatments:{name}", args=[people.pat.pk, session.pk])


def form(**overrides):
    data = {
        "dose": "56",
        "lot_number": "LOT123",
        "bp_before_systolic": 128,
        "bp_before_diastolic": 82,
        "bp_40_systolic": 142,
        "bp_40_diastolic": 88,
        "bp_discharge_systolic": 130,
        "bp_discharge_diastolic": 84,
        "sedation": "on",
        "sedation_resolved": "10:45",
        "monitoring_minutes": 125,
        "serious_adverse_events": "",
    }
    data.update(overrides)
    return data


def test_a_clinician_records_the_rems_form_and_gets_a_printable_summary(people, spravato):
    client = sign_in(Client(), people.clinician)
    response = client.post(url(people, spravato), form())
    assert response.status_code == 302
    record = MonitoringRecord.objects.get()
    assert record.completed_by == people.clinician and record.bp_40_systolic == 142
    summary = client.get(url(people, spravato, "monitoring_summary")).content.decode()
    assert "142/88 mmHg" in summary and "LOT123" in summary and "data-print" in summary
    assert AuditEvent.objects.filter(action="treatment.monitoring").exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"bp_before_systolic": 350}, "less than or equal to 300"),
        ({"bp_40_diastolic": 10}, "greater than or equal to 20"),
        ({"monitoring_minutes": 90}, "Monitoring was under 2 hours: say why"),
        ({"dose": "other"}, "Give the dose in mg."),
    ],
)
def test_bad_input_is_refused_and_kept(people, spravato, overrides, message):
    response = sign_in(Client(), people.clinician).post(url(people, spravato), form(**overrides))
    page = response.content.decode()
    assert response.status_code == 200 and message in page and 'value="LOT123"' in page
    assert not MonitoringRecord.objects.exists()


def test_a_short_monitoring_time_with_a_reason_is_allowed(people, spravato):
    from django.db import connection

    response = sign_in(Client(), people.clinician).post(
        url(people, spravato),
        form(monitoring_minutes=100, short_monitoring_reason="Left against advice"),
    )
    assert response.status_code == 302
    with connection.cursor() as cursor:
        cursor.execute("SELECT short_monitoring_reason FROM treatments_monitoringrecord")
        assert "advice" not in cursor.fetchone()[0]


def test_a_missing_record_raises_a_flag_after_5_days(people, spravato, time_machine):
    call_command("raise_due_flags")
    assert not Flag.objects.filter(kind="rems_monitoring").exists()
    time_machine.move_to(NOW + timedelta(days=5), tick=False)
    call_command("raise_due_flags")
    call_command("raise_due_flags")
    assert Flag.objects.filter(kind="rems_monitoring").count() == 1


def test_monitoring_pages_are_for_the_care_team_and_spravato_only(people, spravato):
    assert_access(people, url(people, spravato), {"anonymous": 302, "clinician": 200})
    iv = completed_session(people.pat, ended=NOW, modality="iv")
    assert sign_in(Client(), people.clinician).get(url(people, iv)).status_code == 404
    assert (
        sign_in(Client(), people.clinician)
        .get(url(people, spravato, "monitoring_summary"))
        .status_code
        == 404
    )  # none yet


def test_the_form_offers_no_blank_dose_and_groups_what_belongs_together(people, spravato):
    page = sign_in(Client(), people.clinician).get(url(people, spravato)).content.decode()
    assert "---------" not in page
    assert 'type="radio" name="dose" value="56"' in page
    assert "<legend>Dose given</legend>" in page
    assert "<legend>Concomitant medications the patient takes</legend>" in page
    assert "<legend>Blood pressure about 40 minutes after</legend>" in page


def test_an_empty_form_says_what_each_field_needs(people, spravato):
    empty = {"lot_number": ""}  # (an empty POST would show the form unbound)
    page = sign_in(Client(), people.clinician).post(url(people, spravato), empty).content.decode()
    assert "This field is required" not in page
    assert "Choose the dose given: 56 mg, 84 mg or other." in page
    assert "Write the lot number printed on the device." in page
    assert "Give the total monitoring time, in minutes." in page
    assert not MonitoringRecord.objects.exists()


@pytest.mark.parametrize(
    "missing", ["bp_before_systolic", "bp_40_diastolic", "bp_discharge_systolic"]
)
def test_every_blood_pressure_is_required(people, spravato, missing):
    response = sign_in(Client(), people.clinician).post(
        url(people, spravato), form(**{missing: ""})
    )
    assert response.status_code == 200 and "Give the " in response.content.decode()
    assert "LOT123" in response.content.decode()  # what was typed is kept
    assert not MonitoringRecord.objects.exists()
