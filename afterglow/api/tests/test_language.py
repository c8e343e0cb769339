"""The API's replies say what the crisis-language check found, as the pages show it."""

from django.test import Client

from afterglow.safety.models import Flag, TextCheck

CRISIS = "I have been saving my pills and tonight I want to end it all"
CONCERN = "Everyone would be better off without me."


def test_the_api_says_what_the_page_says(people, patient_auth):
    client = Client(**patient_auth)
    response = client.post(
        "/api/v1/journal/entries", {"body": CONCERN}, content_type="application/json"
    )
    body = response.json()
    assert response.status_code == 201
    assert body["language"] == {"level": "concern", "codes": ["burden"]}
    assert body["crisis_words"] is False and TextCheck.objects.get().level == "concern"
    crisis = client.post(
        "/api/v1/journal/entries", {"body": CRISIS}, content_type="application/json"
    ).json()
    assert crisis["language"]["level"] == "crisis" and crisis["crisis_words"] is True
    told = client.post(f"/api/v1/journal/entries/{crisis['id']}/tell-care-team")
    assert told.status_code == 204 and "method" in Flag.objects.get().reasons
