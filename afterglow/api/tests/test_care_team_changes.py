"""The clinic admin changes who follows a patient; the change takes effect at once and is
audited. The admin sees names, never records."""

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import CareTeamMember, Membership, Role
from afterglow.testing.people import make_user

JSON = "application/json"


def test_add_and_remove_a_clinician(client, people, world, django_assert_num_queries):
    admin = bearer(people.admin)
    url = f"{API}/clinic/patients/{people.pat.pk}/care-team"
    client.get(f"{API}/me", **admin)
    # the token and the admin's roles (3); the patient (1); its audit row (5); the team (1)
    with django_assert_num_queries(10):
        team = client.get(url, **admin).json()
    assert [c["full_name"] for c in team["clinicians"]] == ["Cara Clinician"]
    assert AuditEvent.objects.filter(action="care_team.view", patient=people.pat).exists()
    added = client.post(url, {"clinician_id": world.nell.pk}, content_type=JSON, **admin)
    assert added.status_code == 201 and len(added.json()["clinicians"]) == 2
    assert client.get(f"{API}/patients/{people.pat.pk}", **bearer(world.nell)).status_code == 200
    again = client.post(url, {"clinician_id": world.nell.pk}, content_type=JSON, **admin)
    assert (
        again.status_code == 201 and CareTeamMember.objects.filter(patient=people.pat).count() == 2
    )
    assert AuditEvent.objects.filter(action="care_team.add").count() == 1
    removed = client.delete(f"{url}/{people.clinician.pk}", **admin)
    assert removed.status_code == 204
    assert AuditEvent.objects.filter(action="care_team.remove", patient=people.pat).exists()
    lost = client.get(f"{API}/patients/{people.pat.pk}", **bearer(people.clinician))
    assert lost.status_code == 404  # at once
    assert client.delete(f"{url}/{people.clinician.pk}", **admin).status_code == 404


def test_only_a_clinician_of_the_clinic_joins(client, people, world):
    admin = bearer(people.admin)
    url = f"{API}/clinic/patients/{people.pat.pk}/care-team"
    for stranger in (people.foreign, people.admin, people.patient):
        refused = client.post(url, {"clinician_id": stranger.pk}, content_type=JSON, **admin)
        assert refused.status_code == 404, stranger
    assert CareTeamMember.objects.filter(patient=people.pat).count() == 1
    birch = make_user("bea@example.com", "Bea Birch")  # the admin of another clinic
    Membership.objects.create(user=birch, clinic=people.other_clinic, role=Role.ADMIN)
    other = client.get(f"{API}/clinic/patients/{people.pat.pk}/care-team", **bearer(birch))
    assert other.status_code == 404
    assert AuditEvent.objects.filter(action="care_team.view", outcome="denied").exists()
