from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.aftercare.models import CheckIn
from afterglow.audit.models import AuditEvent
from afterglow.safety.models import Flag
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session

ENDED = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # noon in Chicago (CDT)
EVENING = datetime(2026, 3, 11, 1, 0, tzinfo=UTC)  # 8 pm in Chicago
MORNING = datetime(2026, 3, 11, 14, 0, tzinfo=UTC)  # 9 am next day in Chicago


@pytest.fixture
def session(people):
    return completed_session(people.pat, ended=ENDED)


def url(session, kind):
    return reverse("aftercare:check_in", args=[session.pk, kind])


def test_the_evening_check_in_opens_in_the_evening(people, session, time_machine):
    time_machine.move_to(ENDED + timedelta(hours=1), tick=False)
    client = sign_in(Client(), people.patient)
    assert "isn't open yet" in client.get(url(session, "evening")).content.decode()
    assert "opens today at 5 PM" in client.get("/today/").content.decode()
    time_machine.move_to(EVENING, tick=False)
    client = sign_in(Client(), people.patient)  # hours later: a new session
    page = client.get(url(session, "evening")).content.decode()
    assert "emotional hangover" in page and "How did you sleep" not in page
    response = client.post(url(session, "evening"), {"mood": 3, "note": "A tender evening"})
    assert response.status_code == 302
    check = CheckIn.objects.get()
    assert check.kind == "evening" and check.note == "A tender evening" and check.sleep is None
    assert not Flag.objects.exists()


def test_the_morning_check_in_asks_about_sleep_and_side_effects(people, session, time_machine):
    time_machine.move_to(MORNING, tick=False)
    client = sign_in(Client(), people.patient)
    missing = client.post(url(session, "morning"), {"mood": 4, "note": "kept"})
    assert "Choose the one closest to your night" in missing.content.decode()
    assert "kept" in missing.content.decode()
    response = client.post(
        url(session, "morning"),
        {"mood": 4, "sleep": 3, "side_effects": ["headache", "dissociation"]},
    )
    assert response.status_code == 302
    assert CheckIn.objects.get().side_effects == ["dissociation", "headache"]


def test_a_red_flag_shows_guidance_at_once_and_raises_one_flag(people, session, time_machine):
    time_machine.move_to(MORNING, tick=False)
    client = sign_in(Client(), people.patient)
    data = {"mood": 2, "sleep": 2, "red_flags": ["chest_pain"]}
    response = client.post(url(session, "morning"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Call 911" in page and "Call Cedar Clinic" in page
    flag = Flag.objects.get()
    assert flag.severity == "safety" and flag.reasons == ["chest_pain"]
    assert flag.patient == people.pat
    # Sending the same check-in again changes the answer, not the number of flags.
    client.post(url(session, "morning"), data)
    assert Flag.objects.count() == 1 and CheckIn.objects.count() == 1
    assert AuditEvent.objects.filter(action="flag.raise").count() == 1


def test_thoughts_of_self_harm_point_to_988(people, session, time_machine):
    time_machine.move_to(EVENING, tick=False)
    response = sign_in(Client(), people.patient).post(
        url(session, "evening"), {"mood": 1, "red_flags": ["self_harm"]}
    )
    page = response.content.decode()
    assert "Call or text 988" in page and "Text HOME to 741741" in page
    assert Flag.objects.get().reasons == ["self_harm"]


def test_a_check_in_for_someone_elses_session_is_not_found(people, session, time_machine):
    time_machine.move_to(MORNING, tick=False)
    assert_access(people, url(session, "morning"), {"anonymous": 302, "patient": 200})
    assert sign_in(Client(), people.patient).get(url(session, "lunch")).status_code == 404


def test_the_morning_check_in_closes_at_the_end_of_the_next_day(people, session, time_machine):
    time_machine.move_to(MORNING + timedelta(days=1), tick=False)
    page = sign_in(Client(), people.patient).get(url(session, "morning")).content.decode()
    assert "has closed" in page


def test_today_shows_only_the_check_ins_still_open(people, session, time_machine):
    time_machine.move_to(MORNING, tick=False)
    page = sign_in(Client(), people.patient).get("/today/").content.decode()
    assert "How did you sleep, and how are you now?" in page
    assert "This evening" not in page


def test_each_check_in_is_named_from_where_the_patient_stands(people, session, time_machine):
    time_machine.move_to(ENDED + timedelta(hours=1), tick=False)  # 1 PM
    page = " ".join(sign_in(Client(), people.patient).get("/today/").content.decode().split())
    assert "<strong>This evening</strong> · opens today at 5 PM." in page
    assert "<strong>Tomorrow morning</strong> · opens tomorrow at 5 AM." in page
    time_machine.move_to(datetime(2026, 3, 11, 8, 0, tzinfo=UTC), tick=False)  # 3 AM
    page = " ".join(sign_in(Client(), people.patient).get("/today/").content.decode().split())
    assert "This evening" not in page and "<strong>Last night</strong>" in page
    assert "<strong>This morning</strong> · opens today at 5 AM." in page
    closed = sign_in(Client(), people.patient).get(url(session, "morning")).content.decode()
    assert "It opens today at 5 AM." in closed
