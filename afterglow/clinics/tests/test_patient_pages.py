"""The clinic admin's patient pages: the list and care teams. The admin manages people and
sees no clinical content."""

from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import User
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import Patient
from afterglow.testing.people import assert_access, sign_in

PATIENTS = reverse("clinics:patients")


def care_team_url(patient):
    return reverse("clinics:patient_care_team", args=[patient.pk])


def test_the_patient_pages_are_for_the_clinics_admin(people):
    assert_access(people, PATIENTS, {"anonymous": 302, "admin": 200})
    assert_access(people, care_team_url(people.pat), {"anonymous": 302, "admin": 200})


def test_a_patient_of_another_clinic_is_not_found(people):
    stranger = User.objects.create_user("sky@example.com", "x" * 16, full_name="Sky Stranger")
    theirs = Patient.objects.create(user=stranger, clinic=people.other_clinic)
    assert sign_in(Client(), people.admin).get(care_team_url(theirs)).status_code == 404


def test_the_patient_list_reads_in_a_fixed_number_of_queries(people, django_assert_num_queries):
    client = sign_in(Client(), people.admin)
    client.get(PATIENTS)
    # session, user, roles (2), the patients, their care teams, invitations waiting,
    # the notification count
    with django_assert_num_queries(8):
        page = client.get(PATIENTS)
    text = page.content.decode()
    assert "Pat Patient" in text and "Olive Other" in text and "Cara Clinician" in text


def test_the_admin_moves_a_patient_to_another_clinicians_care_team(people):
    client = sign_in(Client(), people.admin)
    reply = client.post(care_team_url(people.pat), {"clinicians": [people.outsider.pk]})
    assert reply.status_code == 302
    assert list(people.pat.care_team.all()) == [people.outsider]
    added = AuditEvent.objects.get(action="care_team.add")
    removed = AuditEvent.objects.get(action="care_team.remove")
    assert added.patient == removed.patient == people.pat
    assert added.actor == removed.actor == people.admin
    assert added.detail == {"clinician_id": people.outsider.pk}
    caseload = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "Pat Patient" not in caseload
    assert "Pat Patient" in sign_in(Client(), people.outsider).get("/caseload/").content.decode()


def test_only_active_clinicians_of_the_clinic_can_join(people):
    client = sign_in(Client(), people.admin)
    page = client.post(care_team_url(people.pat), {"clinicians": [people.foreign.pk]})
    assert page.status_code == 200 and "Select a valid choice" in page.content.decode()
    people.outsider.is_active = False
    people.outsider.save()
    page = client.post(care_team_url(people.pat), {"clinicians": [people.outsider.pk]})
    assert page.status_code == 200
    assert list(people.pat.care_team.all()) == [people.clinician]


def test_a_deactivated_clinician_on_the_team_can_be_taken_off(people):
    people.clinician.is_active = False
    people.clinician.save()
    client = sign_in(Client(), people.admin)
    page = client.get(care_team_url(people.pat)).content.decode()
    assert "Cara Clinician (deactivated)" in page
    client.post(care_team_url(people.pat), {"clinicians": []})
    assert not people.pat.care_team.exists()


def test_the_admins_pages_show_no_clinical_content(people):
    from afterglow.journal.services import entry_share
    from afterglow.testing.journal import write

    entry = write(people.pat, body="A private note about the lake")
    entry_share(entry=entry, shared=True, request=None)
    client = sign_in(Client(), people.admin)
    for url in (PATIENTS, care_team_url(people.pat), reverse("clinics:home")):
        assert "lake" not in client.get(url).content.decode()
