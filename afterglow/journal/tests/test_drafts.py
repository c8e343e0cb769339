from datetime import UTC, datetime

from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.journal.models import Draft, Entry
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in

DRAFT = reverse("journal:draft")


def test_a_draft_is_saved_encrypted_and_comes_back_in_the_editor(people):
    client = sign_in(Client(), people.patient)
    response = client.post(
        DRAFT,
        {
            "slot": "new",
            "title": "Half",
            "body": "Half a thought",
            "emotions": ["hope"],
            "mood": "3",
        },
    )
    assert response.status_code == 200 and response.json()["saved"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM journal_draft")
        assert "thought" not in cursor.fetchone()[0]
    page = client.get(reverse("journal:new")).content.decode()
    assert "Half a thought" in page and "We kept what you were writing" in page
    assert 'value="hope" checked' in page.replace('id="id_emotions_5" ', "") or "hope" in page
    client.post(reverse("journal:new"), {"body": "The whole thought"})
    assert not Draft.objects.exists() and Entry.objects.get().body == "The whole thought"


def test_a_draft_for_someone_elses_entry_is_refused(people):
    theirs = write(people.other_patient.patient)
    response = sign_in(Client(), people.patient).post(DRAFT, {"slot": str(theirs.pk), "body": "x"})
    assert response.status_code == 404 and not Draft.objects.exists()
    assert sign_in(Client(), people.patient).post(DRAFT, {"slot": "nonsense"}).status_code == 404


def test_only_patients_save_drafts(people):
    assert sign_in(Client(), people.clinician).post(DRAFT, {"body": "x"}).status_code == 404
    assert Client().post(DRAFT, {"body": "x"}).status_code == 302


def test_the_saved_page_tells_the_browser_to_drop_its_copy(people):
    client = sign_in(Client(), people.patient)
    response = client.post(reverse("journal:new"), {"body": "Saved now"})
    page = client.get(response.url).content.decode()
    assert 'data-clear-draft-slot="new"' in page


def test_the_saved_time_is_named_in_the_profiles_time_zone(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 10, 22, 5, tzinfo=UTC), tick=False)  # 5:05 PM Chicago
    client = sign_in(Client(), people.patient)
    response = client.post(DRAFT, {"slot": "new", "body": "Half a thought"})
    assert response.json()["at_label"] == "5:05 PM"
