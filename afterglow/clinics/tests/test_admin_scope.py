from django.test import Client

from afterglow.audit.services import record
from afterglow.clinics.models import Clinic
from afterglow.testing.people import sign_in


def test_a_clinic_admin_sees_only_their_clinic_in_the_django_admin(people):
    client = sign_in(Client(), people.admin)
    clinics = client.get("/admin/clinics/clinic/").content.decode()
    assert "Cedar Clinic" in clinics and "Birch Clinic" not in clinics
    users = client.get("/admin/accounts/user/").content.decode()
    assert "Pat Patient" in users and "Fern Foreign" not in users
    birch = Clinic.objects.get(slug="birch")
    assert client.get(f"/admin/clinics/clinic/{birch.pk}/change/").status_code == 302


def test_the_audit_log_is_read_only_and_filtered_to_the_clinic(people):
    record(action="test.cedar", clinic=people.clinic)
    record(action="test.birch", clinic=people.other_clinic)
    client = sign_in(Client(), people.admin)
    page = client.get("/admin/audit/auditevent/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "test.cedar" in body and "test.birch" not in body
    assert client.get("/admin/audit/auditevent/add/").status_code == 403
    filtered = client.get("/admin/audit/auditevent/?action=test.cedar&outcome=success")
    assert filtered.status_code == 200


def test_clinicians_and_patients_cannot_open_the_django_admin(people):
    for user in (people.clinician, people.patient):
        assert sign_in(Client(), user).get("/admin/").status_code == 302
