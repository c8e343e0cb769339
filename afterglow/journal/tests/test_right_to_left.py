"""Right-to-left words pasted into an entry (Arabic, Hebrew) are kept as written and shown in
their own direction: the entry, the list and the shared view mark them ``dir="auto"``, and the
site's style sets every text box and body of words to take its direction from what it holds."""

from pathlib import Path

from django.conf import settings
from django.test import Client
from django.urls import reverse

from afterglow.journal.models import Entry
from afterglow.testing.people import sign_in

ARABIC = "كان يومًا هادئًا. مشيت قليلًا."
HEBREW = "היה יום שקט"


def test_right_to_left_text_is_saved_as_written_and_shown_in_its_direction(people):
    client = sign_in(Client(), people.patient)
    body = f"{ARABIC}\n\nThen a walk by the river."
    response = client.post(reverse("journal:new"), {"title": HEBREW, "body": body})
    assert response.status_code == 302
    entry = Entry.objects.get(patient=people.pat)
    assert entry.body == body and entry.title == HEBREW
    page = client.get(reverse("journal:entry", args=[entry.pk])).content.decode()
    assert f'<h1 dir="auto">{HEBREW}</h1>' in page
    assert '<div class="entry-body" dir="auto"><p>' + ARABIC in page
    listing = client.get(reverse("journal:list")).content.decode()
    assert f'<strong dir="auto">{HEBREW}</strong>' in listing


def test_every_text_box_and_body_of_words_takes_its_direction_from_its_words():
    css = (Path(settings.BASE_DIR) / "afterglow/static/afterglow/css/site.css").read_text()
    rule = next(line for line in css.splitlines() if "unicode-bidi: plaintext" in line)
    for selector in ("textarea", 'input[type="text"]', ".entry-body", ".message-body"):
        assert selector in rule
