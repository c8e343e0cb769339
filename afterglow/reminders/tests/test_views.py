"""The reminder pages: who may open them, and what they do with good and bad input."""

from datetime import UTC, datetime, timedelta

import icalendar
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.integration.models import IntegrationSession
from afterglow.reminders.delivery import Item, create
from afterglow.reminders.models import (
    CalendarFeed,
    Medication,
    MedicationCheck,
    Notification,
    Preference,
)
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session, scheduled_session

EVERYONE = {
    "anonymous": 302,
    "patient": 200,
    "other_patient": 200,
    "clinician": 200,
    "outsider": 200,
    "foreign": 200,
    "admin": 200,
}
PATIENTS = {"anonymous": 302, "patient": 200, "other_patient": 200}


def notify(user, key="k1", link="/today/"):
    item = Item("homework", key, datetime(2026, 3, 1, tzinfo=UTC), "Something to try", link)
    create(user, item, shown=True, dropped=False, email=False)
    return Notification.objects.get(user=user, key=key)


def test_who_may_open_each_page(people):
    assert_access(people, reverse("reminders:notifications"), EVERYONE)
    assert_access(people, reverse("reminders:preferences"), EVERYONE)
    assert_access(people, reverse("reminders:medications"), PATIENTS)
    own = notify(people.patient)
    assert_access(
        people, reverse("reminders:open", args=[own.pk]), {"anonymous": 302, "patient": 302}
    )
    med = Medication.objects.create(patient=people.pat, name="X")
    assert_access(
        people,
        reverse("reminders:medication_stop", args=[med.pk]),
        {"anonymous": 302, "patient": 302},
        method="post",
    )
    assert_access(
        people,
        reverse("reminders:medication_check"),
        {"anonymous": 302, "patient": 302, "other_patient": 302},
        method="post",
        data={"answer": "yes"},
    )
    assert_access(people, reverse("reminders:calendar_new"), EVERYONE, method="post")
    redirected = dict.fromkeys(EVERYONE, 302)  # everyone signed in is sent back to the page
    assert_access(people, reverse("reminders:calendar_off"), redirected, method="post")


def test_the_bell_counts_unread_and_opening_reads(people):
    client = sign_in(Client(), people.patient)
    first = notify(people.patient, "a")
    notify(people.patient, "b")
    notify(people.other_patient, "c")
    page = client.get(reverse("today")).content.decode()
    assert '>Notifications <span class="count">2<' in page
    response = client.get(reverse("reminders:open", args=[first.pk]))
    assert response.status_code == 302 and response["Location"] == "/today/"
    first.refresh_from_db()
    assert first.read_at is not None
    client.post(reverse("reminders:notifications"))
    assert not Notification.objects.filter(user=people.patient, read_at__isnull=True).exists()
    assert 'class="count"' not in client.get(reverse("today")).content.decode()


def test_a_link_elsewhere_is_never_followed(people):
    odd = notify(people.patient, "x", link="https://evil.example/")
    response = sign_in(Client(), people.patient).get(reverse("reminders:open", args=[odd.pk]))
    assert response["Location"] == "/"


def test_preferences_save_and_bad_input_keeps_what_was_typed(people):
    client = sign_in(Client(), people.patient)
    url = reverse("reminders:preferences")
    data = {
        "kinds": ["session", "check_in"],
        "in_app": "on",
        "quiet_start": "22:00",
        "quiet_end": "07:00",
        "daily_at": "08:30",
        "time_zone": "Mars/Olympus",
    }
    page = client.post(url, data).content.decode()
    assert "Mars/Olympus is not a time zone we know" in page
    assert 'value="Mars/Olympus"' in page and 'value="22:00"' in page
    assert not Preference.objects.filter(user=people.patient).exists()
    page = client.post(url, {**data, "time_zone": "Europe/Lisbon", "quiet_end": ""})
    assert "Give both quiet-hours times" in page.content.decode()
    response = client.post(url, {**data, "time_zone": "Europe/Lisbon"})
    assert response.status_code == 302
    pref = Preference.objects.get(user=people.patient)
    assert "questionnaire" in pref.off and "session" not in pref.off
    assert not pref.email and pref.in_app and str(pref.quiet_start) == "22:00:00"
    people.patient.refresh_from_db()
    assert people.patient.time_zone == "Europe/Lisbon"
    assert AuditEvent.objects.filter(action="reminders.preferences").exists()


def test_staff_choose_only_how_they_hear_of_flags(people):
    client = sign_in(Client(), people.clinician)
    page = client.get(reverse("reminders:preferences")).content.decode()
    assert "Also email me when a patient on my care team is flagged" in page
    assert "Quiet from" not in page
    client.post(reverse("reminders:preferences"), {"time_zone": "America/Chicago"})
    assert Preference.objects.get(user=people.clinician).email is False


def test_medicines_add_bad_times_check_and_stop(people):
    client = sign_in(Client(), people.patient)
    url = reverse("reminders:medications")
    page = client.post(url, {"name": "Bupropion", "dose": "one tablet", "times": "8am"})
    assert "isn&#x27;t a time we can read" in page.content.decode()
    assert 'value="Bupropion"' in page.content.decode() and 'value="8am"' in page.content.decode()
    client.post(url, {"name": "Bupropion", "dose": "one tablet", "times": "20:00, 8:00"})
    med = Medication.objects.get(patient=people.pat)
    assert med.times == ["08:00", "20:00"] and med.name == "Bupropion"
    client.post(reverse("reminders:medication_check"), {"answer": "missed"})
    client.post(reverse("reminders:medication_check"), {"answer": "yes"})  # changed their mind
    (check,) = MedicationCheck.objects.filter(patient=people.pat)
    assert check.answer == "yes"
    page = client.get(url).content.decode()
    assert "You noted: <strong>Yes, as prescribed</strong>" in page
    client.post(reverse("reminders:medication_stop", args=[med.pk]))
    med.refresh_from_db()
    assert not med.active
    response = client.post(reverse("reminders:medication_check"), {"answer": "maybe"})
    assert response.status_code == 302  # refused with a message, nothing saved
    assert MedicationCheck.objects.get(patient=people.pat).answer == "yes"


def test_today_asks_about_medicines_until_answered(people):
    Medication.objects.create(patient=people.pat, name="X")
    client = sign_in(Client(), people.patient)
    assert "Today's medicines" in client.get(reverse("today")).content.decode()
    response = client.post(
        reverse("reminders:medication_check"), {"answer": "not_today", "next": "/today/"}
    )
    assert response["Location"] == "/today/"
    assert "Today's medicines" not in client.get(reverse("today")).content.decode()


def test_the_care_team_sees_medicines_and_adherence(people):
    Medication.objects.create(patient=people.pat, name="Lamotrigine", times=["09:00"])
    client = sign_in(Client(), people.patient)
    client.post(reverse("reminders:medication_check"), {"answer": "missed"})
    page = sign_in(Client(), people.clinician).get(
        reverse("careteam:patient", args=[people.pat.pk])
    )
    text = page.content.decode()
    assert "Lamotrigine" in text and "0 yes · 1 missed one · 0 not today" in text


def test_the_calendar_feed_shows_only_the_owners_appointments(people):
    now = datetime.now(UTC)
    mine = scheduled_session(people.pat, starts=now + timedelta(days=3))
    completed_session(people.pat, ended=now - timedelta(days=2))
    IntegrationSession.objects.create(
        patient=people.pat, scheduled_for=now + timedelta(days=5), therapist=people.clinician
    )
    scheduled_session(people.other_patient.patient, starts=now + timedelta(days=1))
    client = sign_in(Client(), people.patient)
    page = client.post(reverse("reminders:calendar_new")).content.decode()
    link = page.split('id="feed-link">')[1].split("<")[0]
    assert "won't be shown again" in page
    feed = Client().get(link.replace("http://testserver", ""))
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(feed.content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 3
    assert {str(e["SUMMARY"]) for e in events} == {"Afterglow appointment"}
    assert f"treatment-{mine.pk}@afterglow" in {str(e["UID"]) for e in events}
    body = feed.content.decode().lower()
    assert "ketamine" not in body and "spravato" not in body and "pat" not in body
    # The clinician's own link shows the integration session they hold, and nothing else.
    staff = sign_in(Client(), people.clinician)
    staff_link = staff.post(reverse("reminders:calendar_new")).content.decode()
    staff_link = staff_link.split('id="feed-link">')[1].split("<")[0]
    staff_events = icalendar.Calendar.from_ical(Client().get(staff_link).content).walk("VEVENT")
    assert len(staff_events) == 1
    # A new link revokes the old; turning it off revokes all.
    client.post(reverse("reminders:calendar_new"))
    assert Client().get(link).status_code == 404
    client.post(reverse("reminders:calendar_off"))
    assert not CalendarFeed.objects.filter(user=people.patient, revoked_at__isnull=True).exists()
    assert Client().get(reverse("reminders:feed", args=["made-up"])).status_code == 404
