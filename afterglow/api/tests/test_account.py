"""What anyone signed in has: notifications, reminder preferences, the calendar link."""

from django.test import Client

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.reminders.models import Notification, Preference

JSON = "application/json"
PREFS = f"{API}/reminders/preferences"


def test_preferences_change_only_what_is_sent(client, people, world):
    auth = bearer(people.patient)
    before = client.get(PREFS, **auth).json()
    assert before["quiet"] == {"start": "21:00", "end": "08:00"} and before["daily_at"] == "09:00"
    changed = client.patch(PREFS, {"email": False, "kinds": ["session"]}, content_type=JSON, **auth)
    after = changed.json()
    assert after["email"] is False and after["kinds"] == ["session"]
    assert after["quiet"] == before["quiet"] and after["time_zone"] == "America/Chicago"
    assert set(Preference.objects.get(user=people.patient).off) >= {"circle", "medications"}
    quiet_off = client.patch(
        PREFS, {"quiet": None, "time_zone": "Europe/Lisbon"}, content_type=JSON, **auth
    )
    assert quiet_off.json()["quiet"] is None and quiet_off.json()["time_zone"] == "Europe/Lisbon"
    nowhere = client.patch(PREFS, {"time_zone": "Mars/Olympus"}, content_type=JSON, **auth)
    assert nowhere.status_code == 422
    null = client.patch(PREFS, {"daily_at": None}, content_type=JSON, **auth)
    assert null.status_code == 422
    assert (
        AuditEvent.objects.filter(action="reminders.preferences", actor=people.patient).count() == 2
    )


def test_staff_choose_email_and_time_zone(client, people):
    auth = bearer(people.clinician)
    changed = client.patch(PREFS, {"email": False}, content_type=JSON, **auth)
    assert changed.status_code == 200 and changed.json()["email"] is False


def test_a_calendar_link_is_shown_once_and_can_be_turned_off(client, people, world):
    auth = bearer(people.patient)
    made = client.post(f"{API}/reminders/calendar", **auth)
    url = made.json()["url"]
    assert made.status_code == 201 and url.endswith(".ics")
    assert Client().get(url).status_code == 200
    assert client.get(PREFS, **auth).json()["calendar_link"] is True
    assert client.delete(f"{API}/reminders/calendar", **auth).status_code == 204
    assert Client().get(url).status_code == 404


def test_notifications_read_one_or_all(client, people, world, django_assert_num_queries):
    auth = bearer(people.patient)
    client.get(f"{API}/me", **auth)
    # the token (1); notifications (1), counted in memory: no roles needed
    with django_assert_num_queries(2):
        listed = client.get(f"{API}/notifications", **auth).json()
    assert listed["items"][0]["read"] is False
    read = client.post(f"{API}/notifications/read", **auth)
    assert read.json() == {"read": 1}
    assert Notification.objects.get().read_at is not None
