"""The patient's questions go through the crisis-language check like every text they write:
saved (and shared, if asked) first, then the resources, and a flag only on their choice."""

from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import sign_in
from afterglow.visits.models import VisitSummary
from afterglow.visits.sections import KEYS

CRISIS = "I have been saving my pills and tonight I want to end it all"
CONCERN = "Everyone would be better off without me."
MINE = reverse("visits:prepare")


def test_crisis_words_in_a_question_show_the_resources_first(people):
    client = sign_in(Client(), people.patient)
    response = client.post(MINE, {"sections": KEYS, "questions": CRISIS, "share": "1"})
    page = response.content.decode()
    assert response.status_code == 200 and "Call or text 988" in page
    assert "reads your questions only in a summary you share" in page
    summary = VisitSummary.objects.get()
    assert summary.is_shared and summary.question_list == [CRISIS]  # saved first, as asked
    check = TextCheck.objects.get()
    assert check.source_type == "visits.visitsummary" and check.source_id == str(summary.pk)
    assert check.level == "crisis" and not Flag.objects.exists()
    event = AuditEvent.objects.get(action="language.detect")
    assert event.detail["in"] == "visits.visitsummary" and "pills" not in str(event.detail)

    told = client.post(reverse("safety:language_tell", args=[check.pk]), {"back": MINE})
    assert told.status_code == 302 and told["Location"] == MINE
    flag = Flag.objects.get()
    assert flag.severity == "safety" and "visit_questions" in flag.reasons
    after = client.get(MINE).content.decode()
    assert "in your questions for the next visit" in after


def test_concern_asks_gently(people):
    client = sign_in(Client(), people.patient)
    page = client.post(MINE, {"sections": KEYS, "questions": CONCERN}).content.decode()
    assert "sounds heavy" in page and reverse("outcomes:screener") in page
    assert "burden" in TextCheck.objects.get().codes


def test_ordinary_questions_save_quietly(people):
    client = sign_in(Client(), people.patient)
    response = client.post(MINE, {"sections": KEYS, "questions": "Can we talk about my dad?"})
    assert response.status_code == 302 and not TextCheck.objects.exists()
