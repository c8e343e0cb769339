from datetime import UTC, date, datetime

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from afterglow.journal.models import Entry, EntryToken
from afterglow.journal.selectors import Filters, search
from afterglow.journal.services import entry_share
from afterglow.lib.rotation import rotate_all
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in

NEW_KEY = "new:" + "MzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzMzM="


@pytest.fixture
def journal(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 1, 18, tzinfo=UTC), tick=False)
    cafe = write(
        people.pat, body="Coffee at the Café Lumière with Mum", emotions=["joy"], tags="family"
    )
    time_machine.move_to(datetime(2026, 3, 15, 18, tzinfo=UTC), tick=False)
    river = write(
        people.pat,
        body="The river was loud; I felt grief and relief",
        emotions=["grief", "relief"],
        tags="walks",
    )
    entry_share(entry=river, shared=True, request=None)
    write(people.other_patient.patient, body="Café for Olive too", emotions=["joy"])
    return {"cafe": cafe, "river": river}


def found(people, **filters):
    return {e.body[:6] for e in search(people.pat, Filters(**filters))}


def test_words_match_whatever_the_case_and_accents(people, journal):
    assert found(people, q="cafe") == {"Coffee"}
    assert found(people, q="LUMIERE mum") == {"Coffee"}
    assert found(people, q="cafe river") == set()  # every word must match


def test_emotion_tag_dates_and_shared_state(people, journal):
    assert found(people, emotion="grief") == {"The ri"}
    assert found(people, tag="Family") == {"Coffee"}
    assert found(people, date_from=date(2026, 3, 10)) == {"The ri"}
    assert found(people, date_to=date(2026, 3, 10)) == {"Coffee"}
    assert found(people, shared="shared") == {"The ri"}
    assert found(people, shared="private") == {"Coffee"}


def test_the_index_holds_no_plaintext_and_differs_per_patient(people, journal):
    tokens = list(EntryToken.objects.values_list("token", flat=True))
    assert tokens and not any("cafe" in t or "grief" in t for t in tokens)
    mine = set(EntryToken.objects.filter(entry__patient=people.pat).values_list("token", flat=True))
    olive = set(
        EntryToken.objects.filter(entry__patient=people.other_patient.patient).values_list(
            "token", flat=True
        )
    )
    assert not mine & olive  # "café" and "joy" give other tokens for Olive


def test_search_still_works_after_keys_rotate(people, journal, settings):
    old = settings.AFTERGLOW_ENCRYPTION_KEYS
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=f"{NEW_KEY},{old}"):
        assert found(people, q="lumiere") == {"Coffee"}  # old tokens still found
        report = rotate_all()
        assert report.reindexed == 3
        assert all(t.startswith("new:") for t in EntryToken.objects.values_list("token", flat=True))
    with override_settings(AFTERGLOW_ENCRYPTION_KEYS=NEW_KEY):
        assert found(people, q="lumiere") == {"Coffee"}


def page_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_list_and_search_cost_the_same_queries_for_any_journal_size(people, journal):
    client = sign_in(Client(), people.patient)
    small = (page_queries(client, "/journal/"), page_queries(client, "/journal/?q=river"))
    for i in range(30):
        write(people.pat, body=f"Entry {i} about the river")
    large = (page_queries(client, "/journal/"), page_queries(client, "/journal/?q=river"))
    # session, user, roles (patient, memberships), page of entries, count, prompt for today
    # (assignment, recent prompts, last session, prompts, the circle's focus, active goals),
    # the unread count in the header, the voice notes; a word search adds its token lookup
    # (the word's entries, at most 501 keys). The patient's time zone reads the signed-in
    # user: no query.
    assert small == large == (13, 14)


def test_the_search_page_shows_what_it_found(people, journal):
    page = sign_in(Client(), people.patient).get("/journal/?q=cafe").content.decode()
    assert "1 entry found" in page and "Lumière" in page and "river was loud" not in page
    assert Entry.objects.count() == 3
