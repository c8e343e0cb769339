"""One length for an entry, on the page and in the API: the page says so plainly and keeps
every word; the API takes any entry the page takes, however its JSON is spelled."""

import json

from django.conf import settings
from django.test import Client
from django.urls import reverse

from afterglow.api.tests.conftest import bearer
from afterglow.journal.models import BODY_MAX, Entry
from afterglow.testing.people import sign_in

ENTRIES = "/api/v1/journal/entries"
SMILE = "\N{GRINNING FACE}"  # outside the Basic Multilingual Plane: 12 bytes as JSON escapes


def test_the_page_says_how_long_an_entry_can_be_and_keeps_the_text(people):
    client = sign_in(Client(), people.patient)
    too_long = "river " * (BODY_MAX // 6) + "and the last words"
    response = client.post(reverse("journal:new"), {"body": too_long})
    page = response.content.decode()
    assert response.status_code == 200 and not Entry.objects.exists()
    assert f"An entry holds up to {BODY_MAX:,} characters and this one has " in page
    assert "Split it into two entries." in page
    assert "Nothing you wrote is lost: it is all still here." in page
    assert "and the last words</textarea>" in page  # every word, not cut to the limit


def test_the_textarea_has_no_maxlength_that_would_cut_a_paste(people):
    page = sign_in(Client(), people.patient).get(reverse("journal:new")).content.decode()
    textarea = page[page.index('<textarea name="body"') :].split(">")[0]
    assert "maxlength" not in textarea and f'data-max-length="{BODY_MAX}"' in textarea


def test_the_api_takes_the_longest_entry_the_page_takes_and_refuses_one_more(people):
    headers = bearer(people.patient)
    longest = {
        "title": SMILE * 200,
        "body": SMILE * BODY_MAX,
        "own_words": ",".join([SMILE * 39] * 10)[:400],
        "tags": ",".join([SMILE * 39] * 10)[:400],
        "emotions": ["joy", "grief", "awe", "gratitude", "hope", "calm"],
    }
    raw = json.dumps(longest)  # ensure_ascii: every character escaped, the worst case
    assert len(raw) <= settings.AFTERGLOW_API_MAX_BODY
    created = Client().post(ENTRIES, raw, content_type="application/json", **headers)
    assert created.status_code == 201, created.content[:300]

    longer = json.dumps({"body": "x" * (BODY_MAX + 1)})
    refused = Client().post(ENTRIES, longer, content_type="application/json", **headers)
    assert refused.status_code == 422
    assert f"An entry holds up to {BODY_MAX:,} characters" in json.dumps(refused.json())
