"""Search matches whole words (the blind index holds no prefixes; docs/security.md says why),
and the page says so where a person searches and where a search finds nothing."""

from django.test import Client
from django.urls import reverse

from afterglow.testing.journal import write
from afterglow.testing.people import sign_in


def test_the_search_says_it_matches_whole_words(people):
    write(people.pat, body="A lanternfish glowed in the dark water")
    client = sign_in(Client(), people.patient)
    page = client.get(reverse("journal:list")).content.decode()
    assert "Whole words: “lantern” finds “lantern”, not “lanternfish”." in page

    partial = client.get(reverse("journal:list"), {"q": "lanternf"}).content.decode()
    assert "0 entries found" in partial
    assert "Search finds whole words only" in partial and "try the whole word" in partial
    whole = client.get(reverse("journal:list"), {"q": "Lanternfish"}).content.decode()
    assert "1 entry found" in whole
