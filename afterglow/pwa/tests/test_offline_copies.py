"""Which pages the service worker may keep: a signed-in patient's own, marked by the server."""

from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.pwa.context_processors import device_key
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

KEPT = ("/today/", "/crisis/", "/journal/new/")


def test_the_patients_offline_pages_are_marked_for_keeping(people):
    client = sign_in(Client(), people.patient)
    for url in KEPT:
        assert client.get(url)["X-Afterglow-Offline"] == "keep", url
    page = client.get("/today/").content.decode()
    assert f'data-offline-user="{device_key(people.patient.pk)}"' in page
    assert 'data-offline-pages="/today/ /crisis/ /journal/new/"' in page
    assert str(people.patient.pk) not in device_key(people.patient.pk)


def test_no_other_page_is_marked_and_a_clinicians_page_asks_to_forget_every_copy(people):
    client = sign_in(Client(), people.clinician)
    response = client.get(reverse("careteam:caseload"))
    assert "X-Afterglow-Offline" not in response
    page = response.content.decode()
    assert 'data-offline-user=""' in page and 'data-offline-pages=""' in page
    patient = sign_in(Client(), people.patient)
    for url in (reverse("journal:list"), reverse("accounts:account")):
        assert "X-Afterglow-Offline" not in patient.get(url)


def test_two_patients_keep_their_copies_under_different_names(people):
    assert device_key(people.patient.pk) != device_key(people.other_patient.pk)


def test_the_plan_says_when_it_ends_so_a_late_copy_hides_it(people, time_machine):
    ended = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)
    completed_session(people.pat, ended=ended)
    time_machine.move_to(ended + timedelta(hours=1), tick=False)
    page = sign_in(Client(), people.patient).get("/today/").content.decode()
    until = (ended + timedelta(hours=24)).isoformat()
    assert f'data-valid-until="{until}"' in page
    assert f'data-when-ended="{until}" hidden' in page
    assert 'data-served="network"' in page and "data-rendered-at=" in page


def test_the_journal_and_check_in_forms_queue_offline(people, time_machine):
    ended = datetime(2026, 3, 10, 17, 0, tzinfo=UTC)
    session = completed_session(people.pat, ended=ended)
    time_machine.move_to(datetime(2026, 3, 11, 1, 0, tzinfo=UTC), tick=False)
    client = sign_in(Client(), people.patient)
    check_in = client.get(reverse("aftercare:check_in", args=[session.pk, "evening"]))
    assert check_in["X-Afterglow-Offline"] == "keep"
    assert "data-offline-queue" in check_in.content.decode()
    assert "data-offline-queue" in client.get("/journal/new/").content.decode()
    assert "data-offline-keep" in client.get("/today/").content.decode()
