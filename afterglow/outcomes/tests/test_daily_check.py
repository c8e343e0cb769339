"""The daily check page: who may use it, once a day (the second replaces the first), the
word crisis-checked, a flag on a sustained drop, audited, on the mood page."""

from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.outcomes.models import DailyCheck
from afterglow.outcomes.selectors import daily_check_due
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)  # Friday, 10 AM in Chicago
URL = reverse("outcomes:daily")


def test_only_patients_fill_it(people):
    assert_access(people, URL, {"anonymous": 302, "patient": 200, "other_patient": 200})


def test_a_second_check_the_same_day_replaces_the_first(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.patient)
    client.post(URL, {"mood": "4"})
    second = client.post(URL, {"mood": "2", "energy": "3", "word": "tired"}, follow=True)
    assert "replaces the check you gave earlier today" in second.content.decode()
    check = DailyCheck.objects.get()
    assert (check.mood, check.energy, check.word) == (2, 3, "tired")
    saves = AuditEvent.objects.filter(action="daily_check.save").order_by("pk")
    assert [e.detail["replaced"] for e in saves] == [0, 1]


def test_bad_input_is_refused_with_a_clear_message(people):
    client = sign_in(Client(), people.patient)
    response = client.post(URL, {"mood": "9", "word": "still here"})
    page = response.content.decode()
    assert response.status_code == 400 and "still here" in page
    assert not DailyCheck.objects.exists()


def test_a_word_of_crisis_shows_the_resources(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.patient)
    page = client.post(URL, {"mood": "1", "word": "I want to end it all tonight"}).content.decode()
    assert "Call or text 988" in page
    assert TextCheck.objects.get().source_type == "outcomes.dailycheck"


def test_three_days_at_the_bottom_raise_one_attention_flag(people, time_machine):
    client = sign_in(Client(), people.patient)
    for n in range(3):
        time_machine.move_to(NOW + timedelta(days=n), tick=False)
        client.post(URL, {"mood": "1"})
    flag = Flag.objects.get()
    assert flag.kind == "mood_drop" and flag.severity == "attention"
    assert "daily_low_days" in flag.reasons


def test_it_is_due_daily_after_the_first_session_then_twice_a_week(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    today = NOW.date()
    assert not daily_check_due(people.pat, today)  # no session yet
    completed_session(people.pat, ended=NOW - timedelta(days=2))
    assert daily_check_due(people.pat, today)
    DailyCheck.objects.create(patient=people.pat, day=today, mood=3)
    assert not daily_check_due(people.pat, today)


def test_daily_checks_show_on_the_mood_page(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.patient)
    client.post(URL, {"mood": "4", "sleep": "2"})
    page = client.get(reverse("outcomes:mood")).content.decode()
    assert "Daily check" in page and "4/5" in page
