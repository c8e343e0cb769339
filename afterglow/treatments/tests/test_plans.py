from datetime import UTC, date, datetime

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import MaintenancePlan, Protocol


@pytest.fixture
def url(people):
    return reverse("treatments:plan_edit", args=[people.pat.pk])


def test_every_clinic_ships_with_both_protocols(people):
    keys = set(Protocol.objects.filter(clinic=people.clinic).values_list("key", flat=True))
    assert keys == {"spravato-label", "iv-boosters"}


def test_a_clinician_sets_a_plan_and_the_patient_sees_the_next_due(people, url, time_machine):
    time_machine.move_to(datetime(2026, 3, 20, 15, tzinfo=UTC), tick=False)
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    for day in (2, 4, 7, 10, 13, 16):
        completed_session(people.pat, ended=datetime(2026, 3, day, 17, tzinfo=UTC), modality="iv")
    response = sign_in(Client(), people.clinician).post(
        url, {"protocol": protocol.pk, "start_date": "2026-03-02", "start_phase": "induction"}
    )
    assert response.status_code == 302
    plan = MaintenancePlan.objects.get(patient=people.pat)
    assert plan.start_date == date(2026, 3, 2)
    assert AuditEvent.objects.filter(action="plan.set", patient=people.pat).exists()
    page = sign_in(Client(), people.patient).get("/treatments/").content.decode()
    assert "due <strong>Mon, Apr 13</strong>" in page  # 16 March + 28 days


def test_a_plan_with_no_rule_is_refused(people, url):
    response = sign_in(Client(), people.clinician).post(
        url, {"protocol": "", "start_date": "2026-03-02", "start_phase": "induction"}
    )
    assert response.status_code == 200
    assert "Choose the protocol this plan follows." in response.content.decode()
    assert 'value="2026-03-02"' in response.content.decode()


def test_another_clinics_protocol_is_not_offered(people, url):
    foreign = Protocol.objects.get(clinic=people.other_clinic, key="iv-boosters")
    response = sign_in(Client(), people.clinician).post(
        url, {"protocol": foreign.pk, "start_date": "2026-03-02", "start_phase": "induction"}
    )
    assert response.status_code == 200 and not MaintenancePlan.objects.exists()


def test_the_plan_page_is_for_the_care_team(people, url):
    assert_access(people, url, {"anonymous": 302, "clinician": 200})
