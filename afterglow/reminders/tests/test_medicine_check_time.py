"""The daily "taken as prescribed?" waits for the first medicine time of the day, and
medicine times read like every other time on the pages."""

from datetime import UTC, datetime

from django.test import Client
from django.urls import reverse

from afterglow.reminders.models import Medication
from afterglow.testing.people import sign_in

THREE_AM = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)  # in Chicago
NINE_AM = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)


def today(people):
    return sign_in(Client(), people.patient).get("/today/").content.decode()


def test_the_check_waits_for_the_first_medicine_time(people, time_machine):
    Medication.objects.create(patient=people.pat, name="Sertraline", times=["08:00", "20:30"])
    time_machine.move_to(THREE_AM, tick=False)
    assert "Today's medicines" not in today(people)  # nobody has taken the 8 AM one yet
    time_machine.move_to(NINE_AM, tick=False)
    assert "Today's medicines" in today(people)


def test_a_medicine_without_a_time_is_asked_about_all_day(people, time_machine):
    Medication.objects.create(patient=people.pat, name="Vitamin D", times=[])
    time_machine.move_to(THREE_AM, tick=False)
    assert "Today's medicines" in today(people)


def test_medicine_times_read_as_the_clock_elsewhere(people):
    Medication.objects.create(patient=people.pat, name="Sertraline", times=["08:00", "20:30"])
    page = sign_in(Client(), people.patient).get(reverse("reminders:medications"))
    assert "at 8 AM, 8:30 PM" in page.content.decode()
    theirs = sign_in(Client(), people.clinician).get(
        reverse("careteam:patient", args=[people.pat.pk])
    )
    assert "at 8 AM, 8:30 PM" in theirs.content.decode() and "08:00" not in theirs.content.decode()
