"""The Today page during the 24 hours after a completed session."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.aftercare.models import AftercareState, ChecklistTick, FeelingCheck, SelfCareItem
from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session, scheduled_session

ENDED = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)  # noon in Chicago


@pytest.fixture
def at(time_machine):
    def move(moment):
        time_machine.move_to(moment, tick=False)

    move(ENDED + timedelta(hours=1))
    return move


def today(people):
    return sign_in(Client(), people.patient).get("/today/").content.decode()


def test_a_patient_with_no_sessions_sees_a_friendly_today(people, at):
    page = today(people)
    assert "Nothing is planned yet" in page and "Safety first" not in page


def test_after_spravato_the_plan_leads_with_the_driving_rule(people, at):
    completed_session(people.pat, ended=ENDED, modality="spravato")
    page = today(people)
    assert "Safety first" in page
    assert "No driving or machinery until tomorrow, after a restful night" in page
    assert "No driving for 24 hours" not in page
    assert "SPRAVATO US prescribing information" in page  # the source, on request
    assert page.index("Safety first") < page.index("Your plan for today")


def test_after_iv_ketamine_the_rule_is_24_hours(people, at):
    completed_session(people.pat, ended=ENDED, modality="iv")
    page = today(people)
    assert "No driving for 24 hours" in page and "restful night" not in page


def test_the_plan_ends_24_hours_after_the_session(people, at):
    completed_session(people.pat, ended=ENDED)
    at(ENDED + timedelta(hours=24, minutes=1))
    assert "Safety first" not in today(people)


def first_item_title(page):
    start = page.index('class="checklist"')
    return (
        page[start:].split('<span class="visually-hidden">Done: </span>')[1].split("<")[0].strip()
    )


def test_saying_tired_puts_rest_first(people, at):
    session = completed_session(people.pat, ended=ENDED)
    client = sign_in(Client(), people.patient)
    client.post(reverse("aftercare:feeling", args=[session.pk]), {"feelings": ["energized"]})
    assert first_item_title(client.get("/today/").content.decode()).startswith("Something calm")
    response = client.post(
        reverse("aftercare:feeling", args=[session.pk]),
        {"feelings": ["fatigued", "unsettled"]},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200 and 'id="aftercare-plan"' in response.content.decode()
    page = client.get("/today/").content.decode()
    assert first_item_title(page) == "Rest"
    assert "Let rest lead today" in page and "Ground yourself" in page
    assert "Call Cedar Clinic" in page  # unsettled offers the care team
    assert FeelingCheck.objects.count() == 2  # every answer kept with its time
    assert AuditEvent.objects.filter(action="aftercare.feeling").count() == 2


def test_an_empty_feeling_answer_says_what_to_do(people, at):
    session = completed_session(people.pat, ended=ENDED)
    client = sign_in(Client(), people.patient)
    response = client.post(
        reverse("aftercare:feeling", args=[session.pk]), {}, HTTP_HX_REQUEST="true"
    )
    assert "Choose at least one" in response.content.decode()
    assert not FeelingCheck.objects.exists()


def test_ticking_and_unticking_items(people, at):
    session = completed_session(people.pat, ended=ENDED)
    rest = SelfCareItem.objects.get(clinic=people.clinic, key="rest")
    url = reverse("aftercare:tick", args=[session.pk, rest.pk])
    client = sign_in(Client(), people.patient)
    client.post(url)
    assert ChecklistTick.objects.filter(session=session, item=rest).exists()
    assert 'aria-pressed="true"' in client.get("/today/").content.decode()
    client.post(url)
    assert not ChecklistTick.objects.exists()


def test_the_water_counter(people, at):
    session = completed_session(people.pat, ended=ENDED)
    client = sign_in(Client(), people.patient)
    url = reverse("aftercare:water", args=[session.pk])
    for delta in (1, 1, 1, -1):
        client.post(url, {"delta": delta})
    assert AftercareState.objects.get(session=session).glasses == 2
    client.post(url, {"delta": 7})  # not a choice: ignored
    assert "2 glasses so far" in client.get("/today/").content.decode()


def test_the_reflection_note_is_encrypted_and_kept_on_error(people, at):
    session = completed_session(people.pat, ended=ENDED)
    client = sign_in(Client(), people.patient)
    url = reverse("aftercare:reflection", args=[session.pk])
    client.post(url, {"text": "I saw my grandmother's garden"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT reflection FROM aftercare_aftercarestate")
        assert "garden" not in cursor.fetchone()[0]
    assert "grandmother&#x27;s garden" in client.get("/today/").content.decode()
    too_long = "word " * 1200
    response = client.post(url, {"text": too_long})
    assert response.status_code == 400 and "word word word" in response.content.decode()


def test_the_day_before_a_spravato_session_today_shows_how_to_prepare(people, at):
    scheduled_session(people.pat, starts=ENDED + timedelta(hours=20))
    page = today(people)
    assert "Getting ready for your session" in page
    assert "No food for 2 hours and no drinks for 30 minutes before" in page
    assert "Arrange a ride home" in page


def test_aftercare_writes_are_the_patients_own(people, at):
    session = completed_session(people.pat, ended=ENDED)
    rest = SelfCareItem.objects.get(clinic=people.clinic, key="rest")
    expected = {"anonymous": 302, "patient": 302}
    for url, data in [
        (reverse("aftercare:feeling", args=[session.pk]), {"feelings": ["clear"]}),
        (reverse("aftercare:tick", args=[session.pk, rest.pk]), None),
        (reverse("aftercare:water", args=[session.pk]), {"delta": 1}),
        (reverse("aftercare:reflection", args=[session.pk]), {"text": "x"}),
    ]:
        assert_access(people, url, expected, method="post", data=data)


def test_an_item_of_another_clinic_is_not_found(people, at):
    session = completed_session(people.pat, ended=ENDED)
    foreign = SelfCareItem.objects.get(clinic=people.other_clinic, key="rest")
    url = reverse("aftercare:tick", args=[session.pk, foreign.pk])
    assert sign_in(Client(), people.patient).post(url).status_code == 404
