"""What a patient sees after writing words the detector noticed, and what the care team gets."""

from datetime import UTC, datetime

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Entry
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session

CRISIS = "I have been saving my pills and tonight I want to end it all"
CONCERN = "Everyone would be better off without me."


def test_crisis_words_show_the_resources_and_tell_no_one_without_a_choice(people):
    client = sign_in(Client(), people.patient)
    response = client.post(reverse("journal:new"), {"body": CRISIS})
    page = response.content.decode()
    assert response.status_code == 200 and "Call or text 988" in page
    assert "Nobody has been told" in page and not Flag.objects.exists()
    check = TextCheck.objects.get()
    assert check.level == "crisis" and {"method", "preparation"} <= set(check.codes)
    event = AuditEvent.objects.get(action="language.detect")
    assert event.detail["level"] == "crisis" and event.detail["preparation"] is True
    assert "pills" not in str(event.detail) and "pills" not in str(check.codes)

    entry = Entry.objects.get()
    back = reverse("journal:entry", args=[entry.pk])
    told = client.post(reverse("safety:language_tell", args=[check.pk]), {"back": back})
    assert told.status_code == 302 and told["Location"] == back
    flag = Flag.objects.get()
    assert flag.kind == "crisis_language" and flag.severity == "safety"
    assert "journal_entry" in flag.reasons and "preparation" in flag.reasons
    client.post(reverse("safety:language_tell", args=[check.pk]))
    assert Flag.objects.count() == 1


def test_concern_asks_gently_and_remembers_not_now_for_that_entry(people):
    client = sign_in(Client(), people.patient)
    page = client.post(reverse("journal:new"), {"body": CONCERN}).content.decode()
    assert "sounds heavy" in page and reverse("outcomes:screener") in page
    assert "Call or text 988" not in page.split("<main")[-1].split("sounds heavy")[0]
    check = TextCheck.objects.get()
    assert check.level == "concern" and "burden" in check.codes
    entry = Entry.objects.get()
    client.post(reverse("safety:language_decline", args=[check.pk]), {"back": "/journal/"})
    assert AuditEvent.objects.filter(action="language.decline").count() == 1
    again = client.post(reverse("journal:edit", args=[entry.pk]), {"body": CONCERN + " Still."})
    assert again.status_code == 302  # not asked twice about the same entry
    assert not Flag.objects.exists()


def test_words_edited_back_to_nothing_forget_the_check(people):
    client = sign_in(Client(), people.patient)
    client.post(reverse("journal:new"), {"body": CONCERN})
    entry = Entry.objects.get()
    client.post(reverse("journal:edit", args=[entry.pk]), {"body": "A calm walk by the river."})
    assert not TextCheck.objects.exists()


def test_harmless_words_save_quietly(people):
    response = sign_in(Client(), people.patient).post(
        reverse("journal:new"), {"body": "Dead tired but killing it at work. Ego death, reborn."}
    )
    assert response.status_code == 302 and not TextCheck.objects.exists()


def test_a_check_in_note_goes_through_the_same_check(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 11, 14, tzinfo=UTC), tick=False)
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    client = sign_in(Client(), people.patient)
    url = reverse("aftercare:check_in", args=[session.pk, "morning"])
    response = client.post(url, {"mood": 2, "sleep": 2, "note": "I wish I was dead"})
    page = response.content.decode()
    assert "Nobody has been alerted" in page and not Flag.objects.exists()
    assert "Your care team can read your check-ins" in page  # not "nobody has been told"
    check = TextCheck.objects.get()
    client.post(reverse("safety:language_tell", args=[check.pk]))
    assert "check_in_note" in Flag.objects.get().reasons


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("integration:goal_new", {"title": "Walk daily", "why": "I can't go on like this"}),
        ("wellbeing:assess", {"note_social": "nobody would miss me if I was gone"}),
        ("integration:review", {"went_well": "", "was_hard": "I feel hopeless"}),
    ],
)
def test_other_free_text_pages_offer_the_same_help(people, url, data):
    if url == "wellbeing:assess":
        keys = ("emotional", "social", "spiritual", "mental", "physical", "environmental")
        data = {**{f"score_{k}": "5" for k in (*keys, "financial", "occupational")}, **data}
    response = sign_in(Client(), people.patient).post(reverse(url), data)
    assert response.status_code == 200, response
    assert "sounds heavy" in response.content.decode()
    assert TextCheck.objects.get().level == "concern"


def test_only_the_writer_may_answer_the_notice(people):
    sign_in(Client(), people.patient).post(reverse("journal:new"), {"body": CRISIS})
    check = TextCheck.objects.get()
    for name in ("safety:language_tell", "safety:language_decline"):
        assert_access(
            people,
            reverse(name, args=[check.pk]),
            {"anonymous": 302, "patient": 302},
            method="post",
        )
