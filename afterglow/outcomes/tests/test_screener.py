"""The C-SSRS screener's pages: who may open them, what each level shows, one screening and
one flag per form, missing answers kept, where it is offered, the audit rows."""

import re
import uuid

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.outcomes.models import Screening
from afterglow.outcomes.services import screening_submit
from afterglow.safety.models import Flag
from afterglow.testing.outcomes import answer_phq9
from afterglow.testing.people import assert_access, sign_in

SCREENER = reverse("outcomes:screener")


def form(nonce=None, origin="", **answers):
    """A posted screener: ``q1="yes"`` and so on; questions not named are left out."""
    data = {"nonce": str(nonce or uuid.uuid4()), "origin": origin}
    data.update(answers)
    return data


ALL_NO = {"q1": "no", "q2": "no", "q6": "no"}
HIGH = {"q1": "yes", "q2": "yes", "q3": "yes", "q4": "yes", "q5": "no", "q6": "no"}


def screening_for(people, **answers):
    screening, _ = screening_submit(
        patient=people.pat,
        answers={k: v == "yes" for k, v in answers.items()},
        origin="outcomes",
        nonce=uuid.uuid4(),
        request=None,
    )
    return screening


def test_who_may_open_the_screener(people):
    patients = {"anonymous": 302, "patient": 200, "other_patient": 200}
    assert_access(people, SCREENER, patients)
    assert_access(people, f"{SCREENER}?from=concern", patients)
    assert_access(people, SCREENER, patients, method="post", data={})  # the form, with errors


def test_a_screening_is_its_patients_alone(people):
    screening = screening_for(people, **ALL_NO)
    url = reverse("outcomes:screening", args=[screening.pk])
    assert_access(people, url, {"anonymous": 302, "patient": 200})


def test_the_patient_is_told_first_where_the_answers_go(people):
    page = sign_in(Client(), people.patient).get(SCREENER).content.decode()
    told = page.index("Your answers go to your care team.")
    assert told < page.index("1. Have you wished you were dead")
    assert "not watched in real time" in page
    assert "6a. Was this within the past 3 months?" in page


def test_high_raises_one_safety_flag_and_says_to_call_now(people):
    client = sign_in(Client(), people.patient)
    data = form(origin="concern", **HIGH)
    response = client.post(SCREENER, data, follow=True)
    page = response.content.decode()
    assert "Please call or text 988 now, or call 911." in page
    assert "Text HOME to 741741" in page and "555-0100" in page  # the clinic's own number
    screening = Screening.objects.get()
    assert screening.level == "high" and screening.origin == "concern"
    assert screening.answers == {
        "q1": True,
        "q2": True,
        "q3": True,
        "q4": True,
        "q5": False,
        "q6": False,
        "q6_recent": None,
    }
    flag = Flag.objects.get()
    assert (flag.kind, flag.severity, flag.reasons) == ("cssrs", "safety", ["cssrs_high"])
    assert flag.source_id == str(screening.pk)
    client.post(SCREENER, data)  # the same form again
    assert Screening.objects.count() == 1 and Flag.objects.count() == 1
    event = AuditEvent.objects.get(action="screener.submit")
    assert event.detail == {"level": "high", "from": "concern"}
    assert event.patient_id == people.pat.pk
    assert AuditEvent.objects.filter(action="flag.raise").count() == 1


def test_moderate_shows_the_resources_at_once_without_the_call_now_line(people):
    client = sign_in(Client(), people.patient)
    answers = {**ALL_NO, "q6": "yes", "q6_recent": "no"}
    page = client.post(SCREENER, form(**answers), follow=True).content.decode()
    assert "Call or text 988" in page and "call 911 now" not in page.lower()
    assert "Please call or text 988 now" not in page
    assert Flag.objects.get().reasons == ["cssrs_moderate"]
    assert Screening.objects.get().level == "moderate"


@pytest.mark.parametrize(("answers", "level"), [(ALL_NO, "none"), ({**ALL_NO, "q1": "yes"}, "low")])
def test_low_and_none_thank_warmly_with_help_one_tap_away(people, answers, level):
    client = sign_in(Client(), people.patient)
    page = client.post(SCREENER, form(**answers), follow=True).content.decode()
    assert "Thank you" in page and reverse("safety:crisis") in page
    assert not Flag.objects.exists()
    assert Screening.objects.get().level == level
    event = AuditEvent.objects.get(action="screener.submit")
    assert event.detail == {"level": level, "from": "outcomes"}  # no origin given


def test_missing_answers_are_named_and_the_given_ones_kept(people):
    client = sign_in(Client(), people.patient)
    response = client.post(SCREENER, form(q1="yes", q2="yes", q3="no", q6="yes"))
    page = response.content.decode()
    assert response.status_code == 200
    for number in ("4", "5", "6a"):
        assert f"Please answer question {number}." in page
    assert "Please answer question 3." not in page and "Please answer question 1." not in page
    assert re.search(r'name="q1" value="yes"[^>]*checked', page)
    assert re.search(r'name="q3" value="no"[^>]*checked', page)
    assert not Screening.objects.exists() and not Flag.objects.exists()


def test_a_no_to_2_skips_3_to_5_and_a_no_to_6_its_follow_up(people):
    client = sign_in(Client(), people.patient)
    response = client.post(SCREENER, form(q1="yes", q2="no", q6="no"))
    assert response.status_code == 302
    assert Screening.objects.get().answers["q3"] is None


def test_the_origin_is_kept_through_the_form_and_unknown_ones_count_as_outcomes(people):
    client = sign_in(Client(), people.patient)
    page = client.get(f"{SCREENER}?from=phq9").content.decode()
    assert 'name="origin" value="phq9"' in page
    page = client.get(f"{SCREENER}?from=elsewhere").content.decode()
    assert 'name="origin" value="outcomes"' in page
    client.post(SCREENER, form(origin="<script>", **ALL_NO))
    assert Screening.objects.get().origin == "outcomes"


def test_it_is_offered_on_the_outcomes_page_and_after_item_9(people):
    client = sign_in(Client(), people.patient)
    home = client.get(reverse("outcomes:home")).content.decode()
    assert f"{SCREENER}?from=outcomes" in home
    assert "A few questions about how safe you feel" in home
    data = {f"item_{n}": 1 for n in range(9)}
    data.update(nonce=str(uuid.uuid4()), difficulty=1)
    after = client.post(reverse("outcomes:fill", args=["phq9"]), data).content.decode()
    assert "Call or text 988" in after and f"{SCREENER}?from=phq9" in after


def test_a_phq9_without_item_9_makes_no_offer(people):
    answer_phq9(people.pat, 3)
    assert not Flag.objects.exists()
    client = sign_in(Client(), people.patient)
    data = {f"item_{n}": 0 for n in range(9)}
    data.update(nonce=str(uuid.uuid4()))
    response = client.post(reverse("outcomes:fill", args=["phq9"]), data, follow=True)
    assert "from=phq9" not in response.content.decode()
