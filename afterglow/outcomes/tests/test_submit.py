import re
import uuid

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import CareTeamMember
from afterglow.outcomes.models import Response
from afterglow.outcomes.services import response_submit
from afterglow.safety.models import Flag
from afterglow.testing.outcomes import answer_phq9
from afterglow.testing.people import assert_access, sign_in

PHQ = reverse("outcomes:fill", args=["phq9"])


def form(answers, nonce=None, difficulty=1):
    data = {f"item_{n}": a for n, a in enumerate(answers)}
    data.update(nonce=str(nonce or uuid.uuid4()), difficulty=difficulty)
    return data


@pytest.fixture
def two_clinicians(people):
    CareTeamMember.objects.create(patient=people.pat, clinician=people.outsider)
    return people


def test_a_missing_answer_is_named_and_the_rest_kept(people):
    data = form([1, 2, 1, 0, 0, 1, 2, 0, 0])
    del data["item_3"]
    response = sign_in(Client(), people.patient).post(PHQ, data)
    page = response.content.decode()
    assert response.status_code == 200 and "Please answer question 4." in page
    assert re.search(r'name="item_1" value="2"[^>]*checked', page)
    assert not Response.objects.exists()


def test_a_value_outside_0_to_3_is_refused(people):
    response = sign_in(Client(), people.patient).post(PHQ, form([4, 0, 0, 0, 0, 0, 0, 0, 0]))
    assert "Question 1 takes an answer from the four choices" in response.content.decode()
    assert not Response.objects.exists()


def test_a_resubmitted_form_makes_no_second_response(people):
    client = sign_in(Client(), people.patient)
    data = form([1, 1, 1, 1, 1, 1, 1, 1, 0])
    assert client.post(PHQ, data).status_code == 302
    assert client.post(PHQ, data).status_code == 302
    assert Response.objects.count() == 1
    assert AuditEvent.objects.filter(action="outcomes.submit").count() == 1


def test_item_9_above_0_saves_then_shows_help_and_flags_once_with_one_email_each(two_clinicians):
    people = two_clinicians
    client = sign_in(Client(), people.patient)
    data = form([1, 1, 1, 1, 1, 1, 1, 1, 1])
    response = client.post(PHQ, data)
    page = response.content.decode()
    assert response.status_code == 200 and "Call or text 988" in page
    assert "Text HOME to 741741" in page and "Call 911" in page and "555-0100" in page
    assert Response.objects.count() == 1  # saved before the page was shown
    flag = Flag.objects.get()
    assert flag.kind == "phq9_item9" and flag.severity == "safety"
    client.post(PHQ, data)  # the same form again
    assert Flag.objects.count() == 1


def test_one_email_per_care_team_member_with_no_clinical_content(
    two_clinicians, django_capture_on_commit_callbacks
):
    people = two_clinicians
    with django_capture_on_commit_callbacks(execute=True):
        response_submit(
            patient=people.pat,
            instrument="phq9",
            answers=[3] * 9,
            difficulty=3,
            nonce=uuid.uuid4(),
            request=None,
        )
    assert sorted(m.to[0] for m in mail.outbox) == [people.clinician.email, people.outsider.email]
    for message in mail.outbox:
        # The link is a notification's id; everything around it is checked.
        text = re.sub(r"https?://\S+", "", (message.subject + message.body).lower())
        for leak in ("pat", "phq", "27", "severe", "item", "suicid", "harm"):
            assert leak not in text.replace("patient on your care team", "")


def test_a_worsening_score_raises_an_attention_flag(people, time_machine):
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for days, answers in ((0, [1, 1, 1, 1, 1, 1, 0, 0, 0]), (14, [2, 2, 2, 1, 1, 1, 1, 1, 0])):
        time_machine.move_to(start + timedelta(days=days), tick=False)
        answer_phq9(people.pat, answers)
    flag = Flag.objects.get(kind="worsening")
    assert flag.reasons == ["phq9_up_5"] and flag.severity == "attention"
    time_machine.move_to(start + timedelta(days=28), tick=False)
    answer_phq9(people.pat, [2, 2, 2, 2, 2, 2, 2, 2, 0])
    assert Flag.objects.filter(kind="worsening").count() == 2
    assert "phq9_severe_band" in Flag.objects.filter(kind="worsening").latest("created_at").reasons


def test_a_worsening_already_waiting_is_not_raised_twice(people, time_machine):
    from datetime import UTC, datetime, timedelta

    from afterglow.safety.services import flag_acknowledge

    start = datetime(2026, 3, 1, 12, tzinfo=UTC)

    def answer(days, answers):
        time_machine.move_to(start + timedelta(days=days), tick=False)
        answer_phq9(people.pat, answers)

    answer(0, [1, 1, 1, 1, 1, 1, 0, 0, 0])
    answer(7, [2, 2, 2, 1, 1, 1, 1, 1, 0])  # up 5: flagged
    answer(14, [2, 2, 2, 1, 1, 1, 1, 1, 0])  # still up 5, the flag not yet seen: no second
    assert Flag.objects.filter(kind="worsening").count() == 1
    flag_acknowledge(flag=Flag.objects.get(kind="worsening"), by=people.clinician, request=None)
    answer(21, [2, 2, 2, 2, 1, 1, 1, 1, 0])  # seen, and worse again: raised anew
    assert Flag.objects.filter(kind="worsening").count() == 2


def test_outcome_pages_authorization(people):
    assert_access(
        people, reverse("outcomes:home"), {"anonymous": 302, "patient": 200, "other_patient": 200}
    )
    assert_access(people, PHQ, {"anonymous": 302, "patient": 200, "other_patient": 200})
    assert_access(
        people,
        reverse("outcomes:patient", args=[people.pat.pk]),
        {"anonymous": 302, "clinician": 200},
    )
    assert sign_in(Client(), people.patient).get("/outcomes/phq10/").status_code == 404
