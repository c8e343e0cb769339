"""The clinic admin changes who follows a patient, through the admin page's own form and
service; the change takes effect at once and is audited. The admin sees names, never records."""

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import CareTeamMember, Membership, Role
from afterglow.clinics.staff import staff_deactivate
from afterglow.testing.people import make_user

JSON = "application/json"


def test_add_and_remove_a_clinician(client, people, world, django_assert_num_queries):
    admin = bearer(people.admin)
    url = f"{API}/clinic/patients/{people.pat.pk}/care-team"
    client.get(f"{API}/me", **admin)
    # the token and the admin's roles (3); the patient (1); the team (1)
    with django_assert_num_queries(5):
        team = client.get(url, **admin).json()
    assert [c["full_name"] for c in team["clinicians"]] == ["Cara Clinician"]
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


def test_the_whole_team_at_once_as_the_page_sets_it(client, people, world):
    admin = bearer(people.admin)
    url = f"{API}/clinic/patients/{people.pat.pk}/care-team"
    both = {"clinician_ids": [people.clinician.pk, world.nell.pk]}
    team = client.put(url, both, content_type=JSON, **admin)
    assert team.status_code == 200
    assert [c["full_name"] for c in team.json()["clinicians"]] == [
        "Cara Clinician",
        "Nell Newcomer",
    ]
    only_nell = client.put(url, {"clinician_ids": [world.nell.pk]}, content_type=JSON, **admin)
    assert [c["id"] for c in only_nell.json()["clinicians"]] == [world.nell.pk]
    assert AuditEvent.objects.filter(action="care_team.add", patient=people.pat).count() == 1
    assert AuditEvent.objects.filter(action="care_team.remove", patient=people.pat).count() == 1
    nobody = client.put(url, {"clinician_ids": []}, content_type=JSON, **admin)
    assert nobody.status_code == 200 and nobody.json()["clinicians"] == []
    bad = client.put(url, {"clinician_ids": ["3"]}, content_type=JSON, **admin)
    assert bad.status_code == 422


def test_only_an_active_clinician_of_the_clinic_joins(client, people, world):
    admin = bearer(people.admin)
    url = f"{API}/clinic/patients/{people.pat.pk}/care-team"
    for stranger in (people.foreign, people.admin, people.patient):
        refused = client.post(url, {"clinician_id": stranger.pk}, content_type=JSON, **admin)
        assert refused.status_code == 404, stranger
    assert CareTeamMember.objects.filter(patient=people.pat).count() == 1
    staff_deactivate(clinic=people.pat.clinic, user=world.nell, by=people.admin, request=None)  # type: ignore[arg-type]
    gone = client.post(url, {"clinician_id": world.nell.pk}, content_type=JSON, **admin)
    assert gone.status_code == 404  # the page does not offer a deactivated clinician either
    birch = make_user("bea@example.com", "Bea Birch")  # the admin of another clinic
    Membership.objects.create(user=birch, clinic=people.other_clinic, role=Role.ADMIN)
    other = client.get(f"{API}/clinic/patients/{people.pat.pk}/care-team", **bearer(birch))
    assert other.status_code == 404
