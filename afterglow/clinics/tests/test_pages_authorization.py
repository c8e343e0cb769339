"""Every page, requested as each named person: patient data reaches only those it belongs to."""

from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in


def test_today_is_the_patients_own(people):
    assert_access(people, "/today/", {"anonymous": 302, "patient": 200, "other_patient": 200})


def test_home_routes_each_person(people):
    assert_access(
        people,
        "/",
        {
            "anonymous": 302,
            "patient": 302,
            "other_patient": 302,
            "clinician": 302,
            "outsider": 302,
            "foreign": 302,
            "admin": 302,
        },
    )
    assert sign_in(Client(), people.admin).get("/").url == "/clinic/"
    assert sign_in(Client(), people.clinician).get("/").url == "/caseload/"


def test_the_caseload_is_for_clinicians(people):
    assert_access(
        people, "/caseload/", {"anonymous": 302, "clinician": 200, "outsider": 200, "foreign": 200}
    )


def test_the_caseload_lists_only_the_care_teams_patients(people):
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "Pat Patient" in page and "Olive Other" not in page


def test_a_patients_page_is_for_their_care_team_only(people):
    url = reverse("careteam:patient", args=[people.pat.pk])
    assert_access(people, url, {"anonymous": 302, "clinician": 200})


def test_a_denied_patient_page_leaves_an_audit_row(people):
    url = reverse("careteam:patient", args=[people.pat.pk])
    sign_in(Client(), people.outsider).get(url)
    denied = AuditEvent.objects.get(action="patient.view", outcome="denied")
    assert denied.actor == people.outsider and denied.patient is None
    sign_in(Client(), people.clinician).get(url)
    seen = AuditEvent.objects.get(action="patient.view", outcome="success")
    assert seen.patient == people.pat and seen.actor == people.clinician


def test_the_clinic_page_is_for_its_admin(people):
    assert_access(people, "/clinic/", {"anonymous": 302, "admin": 200})


def test_the_crisis_page_is_open_to_everyone(people):
    assert_access(
        people,
        "/crisis/",
        dict.fromkeys(
            ("anonymous", "patient", "other_patient", "clinician", "outsider", "foreign", "admin"),
            200,
        ),
    )
    page = Client().get("/crisis/").content.decode()
    assert "988" in page and "741741" in page and "911" in page


def test_the_crisis_bar_uses_the_clinics_numbers(people):
    people.clinic.crisis_line = "0800 123"
    people.clinic.save()
    page = sign_in(Client(), people.patient).get("/today/").content.decode()
    assert 'Call or text <a href="tel:0800 123">0800 123</a>' in page
