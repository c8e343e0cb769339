from django.test import Client
from django.urls import reverse

from afterglow.testing.people import assert_access, sign_in

URL = reverse("accounts:account")


def test_everyone_signed_in_has_an_account_page(people):
    assert_access(
        people,
        URL,
        {
            "anonymous": 302,
            "patient": 200,
            "other_patient": 200,
            "clinician": 200,
            "outsider": 200,
            "foreign": 200,
            "admin": 200,
        },
    )


def test_a_bad_time_zone_is_refused_and_the_rest_kept(people):
    client = sign_in(Client(), people.patient)
    response = client.post(
        URL, {"full_name": "Pat Renamed", "preferred_name": "P", "time_zone": "Mars/Olympus"}
    )
    assert response.status_code == 200
    assert 'value="Pat Renamed"' in response.content.decode()
    people.patient.refresh_from_db()
    assert people.patient.full_name == "Pat Patient"


def test_it_saves_the_profile(people):
    client = sign_in(Client(), people.patient)
    response = client.post(
        URL, {"full_name": "Pat Renamed", "preferred_name": "P", "time_zone": "Europe/Paris"}
    )
    assert response.status_code == 302
    people.patient.refresh_from_db()
    assert people.patient.time_zone == "Europe/Paris"
