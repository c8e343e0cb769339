"""The companion guide: made and revoked by the patient, opened without an account, private
headers, a kind 410 once ended, guessing slowed, every opening audited, no health details."""

from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from afterglow.aftercare.companion import companion_link_create, token_hash
from afterglow.aftercare.models import CompanionLink
from afterglow.audit.models import AuditEvent
from afterglow.testing.journal import write
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session, scheduled_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)
LINKS = reverse("aftercare:companion")


@pytest.fixture
def session(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    cache.clear()
    return completed_session(people.pat, ended=NOW - timedelta(hours=1))


def make_link(people):
    return companion_link_create(patient=people.pat, by=people.patient, now=NOW)


def test_only_the_patient_makes_and_revokes_their_links(people, session):
    assert_access(people, LINKS, {"anonymous": 302, "patient": 200, "other_patient": 200})
    link, _token = make_link(people)
    revoke = reverse("aftercare:companion_revoke", args=[link.pk])
    assert_access(people, revoke, {"anonymous": 302, "patient": 302}, method="post")
    assert CompanionLink.objects.get().revoked_at is not None
    assert AuditEvent.objects.filter(action="companion.revoke", actor=people.patient).count() == 1


def test_the_link_is_shown_once_and_only_its_hash_is_kept(people, session):
    page = sign_in(Client(), people.patient).post(LINKS).content.decode()
    link = CompanionLink.objects.get()
    token = page.split("/companion/")[1].split("/")[0]
    assert link.token_hash == token_hash(token) and token not in link.token_hash
    assert link.expires_at == session.starts_at + timedelta(hours=36)
    assert AuditEvent.objects.filter(action="companion.create", patient=people.pat).exists()


def test_the_guide_opens_without_an_account_with_private_headers(people, session):
    write(people.pat, body="my private zebra words", mood=1)
    _link, token = make_link(people)
    response = Client().get(reverse("companion_guide", args=[token]))
    page = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"] and 'name="robots"' in page
    assert "Thank you for being with Pat" in page and "Patient" not in page.split("<main")[1]
    assert "zebra" not in page and "next day, after a restful night" in page
    assert "555-0100" in page  # the clinic's phone
    opened = AuditEvent.objects.get(action="companion.open")
    assert opened.patient == people.pat and opened.outcome == "success" and opened.actor is None


def test_an_ended_or_revoked_link_is_a_kind_410(people, session, time_machine):
    link, token = make_link(people)
    url = reverse("companion_guide", args=[token])
    time_machine.move_to(link.expires_at + timedelta(minutes=1), tick=False)
    gone = Client().get(url)
    assert gone.status_code == 410 and "This link has ended" in gone.content.decode()
    assert gone["Cache-Control"] == "no-store"
    time_machine.move_to(NOW, tick=False)
    assert Client().get(url).status_code == 200
    link.revoked_at = NOW
    link.save()
    assert Client().get(url).status_code == 410
    denied = AuditEvent.objects.filter(action="companion.open", outcome="denied")
    assert sorted(e.detail["why"] for e in denied) == ["expired", "revoked"]


def test_guessing_is_slowed(people, session):
    client = Client()
    for n in range(20):
        assert client.get(reverse("companion_guide", args=[f"guess{n}"])).status_code == 404
    _link, token = make_link(people)
    assert client.get(reverse("companion_guide", args=[token])).status_code == 429


def test_no_link_without_a_session_near(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.patient)
    client.post(LINKS)
    assert not CompanionLink.objects.exists()
    assert "coming week" in client.get(LINKS).content.decode()
    scheduled_session(people.pat, starts=NOW + timedelta(days=2))
    client.post(LINKS)
    assert CompanionLink.objects.count() == 1


def test_a_clinician_on_the_care_team_makes_and_revokes_a_link(people, session):
    url = reverse("aftercare:patient_companion", args=[people.pat.pk])
    assert_access(people, url, {"anonymous": 302, "clinician": 200})
    page = sign_in(Client(), people.clinician).post(url).content.decode()
    link = CompanionLink.objects.get()
    assert link.created_by == people.clinician and "/companion/" in page
    revoke = reverse("aftercare:patient_companion_revoke", args=[people.pat.pk, link.pk])
    assert_access(people, revoke, {"anonymous": 302, "clinician": 302}, method="post")
    assert CompanionLink.objects.get().revoked_at is not None
    made = AuditEvent.objects.get(action="companion.create")
    assert made.actor == people.clinician and made.patient == people.pat
