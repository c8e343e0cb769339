"""The journal through the API: write, find, edit, delete, share, mark, tell; the same rules
as the page (its form), every write audited."""

from afterglow.api.tests.conftest import API, bearer
from afterglow.audit.models import AuditEvent
from afterglow.journal.models import BODY_MAX, Entry, PromptAssignment
from afterglow.journal.services import prompt_assign
from afterglow.safety.models import Flag

ENTRIES = f"{API}/journal/entries"


def post(client, url, body, auth, method="post"):
    return getattr(client, method)(url, body, content_type="application/json", **auth)


def test_write_find_and_filter(client, people, world):
    auth = bearer(people.patient)
    made = post(
        client,
        ENTRIES,
        {
            "title": "Tea",
            "body": "A quiet cup in the garden",
            "emotions": ["calm"],
            "tags": "home, tea",
            "mood": 4,
        },
        auth,
    ).json()
    assert made["title"] == "Tea" and made["emotions"] == ["calm"] and made["mood"] == 4
    assert made["tags"] == ["home", "tea"] and not made["shared"]
    assert made["session_id"] == str(world.recent.pk)  # within 7 days of a session
    assert client.get(f"{ENTRIES}?q=garden", **auth).json()["items"][0]["id"] == made["id"]
    assert client.get(f"{ENTRIES}?tag=tea", **auth).json()["count"] == 1
    assert client.get(f"{ENTRIES}?emotion=calm", **auth).json()["count"] == 1
    shared = client.get(f"{ENTRIES}?shared=shared", **auth).json()
    assert [e["id"] for e in shared["items"]] == [str(world.entry.pk)]
    assert client.get(f"{ENTRIES}?date_from=2026-03-11", **auth).json()["count"] == 0
    assert client.get(f"{ENTRIES}?date_from=2026-02-30", **auth).status_code == 422
    assert AuditEvent.objects.filter(action="journal.create", patient=people.pat).exists()


def test_the_forms_rules_are_the_schemas(client, people, world):
    auth = bearer(people.patient)
    blank = post(client, ENTRIES, {"body": " \n\t "}, auth)
    assert blank.status_code == 422 and "body" in blank.json()["errors"]
    unknown = post(client, ENTRIES, {"body": "x", "emotions": ["smug"]}, auth)
    assert unknown.status_code == 422 and "emotions.0" in unknown.json()["errors"]
    many_tags = post(client, ENTRIES, {"body": "x", "tags": ",".join("t" * 16)}, auth)
    assert many_tags.status_code == 422 and "tags" in many_tags.json()["errors"]
    long_tag = post(client, ENTRIES, {"body": "x", "tags": "t" * 41}, auth)
    assert long_tag.status_code == 422
    nul = post(client, ENTRIES, {"body": "a\x00b"}, auth)
    assert nul.status_code == 422
    # The longest entry the page takes fits in an API body, even written as escapes.
    longest = post(client, ENTRIES, {"body": "é" * BODY_MAX}, auth)
    assert longest.status_code == 201
    too_long = post(client, ENTRIES, {"body": "x" * (BODY_MAX + 1)}, auth)
    assert too_long.status_code == 422


def test_a_prompt_is_answered_and_kept_through_an_edit(client, people, world):
    auth = bearer(people.patient)
    prompt_assign(patient=people.pat, prompt=world.prompt, by=people.clinician, request=None)
    body = {"body": "What helped was the walk", "prompt_id": world.prompt.pk}
    made = post(client, ENTRIES, body, auth).json()
    assert made["prompt_id"] == world.prompt.pk
    assert PromptAssignment.objects.get().answered_by_id is not None
    edited = post(client, f"{ENTRIES}/{made['id']}", {"body": "Rewritten"}, auth, "put").json()
    assert edited["body"] == "Rewritten" and edited["prompt_id"] == world.prompt.pk
    assert AuditEvent.objects.filter(action="journal.update").exists()
    unknown = post(client, ENTRIES, {"body": "x", "prompt_id": 2_000_000_000}, auth)
    assert unknown.status_code == 404 and unknown.json()["title"] == "No such prompt"


def test_share_mark_tell_and_delete(client, people, world):
    auth = bearer(people.patient)
    url = f"{ENTRIES}/{world.entry.pk}"
    assert post(client, f"{url}/shared", {"shared": False}, auth, "put").json()["shared"] is False
    marked = post(client, f"{url}/for-next-session", {"marked": True}, auth, "put").json()
    assert marked["for_next_session"] is True
    assert client.post(f"{url}/tell-care-team", **auth).status_code == 204
    assert Flag.objects.filter(kind="crisis_language", patient=people.pat).count() == 1
    assert client.delete(url, **auth).status_code == 204
    assert not Entry.objects.filter(pk=world.entry.pk).exists()
    assert client.get(url, **auth).status_code == 404
    actions = set(AuditEvent.objects.filter(patient=people.pat).values_list("action", flat=True))
    assert {"journal.unshare", "journal.mark_for_session", "journal.delete"} <= actions


def test_crisis_words_are_signalled(client, people, world):
    auth = bearer(people.patient)
    made = post(client, ENTRIES, {"body": "I keep thinking I want to end my life"}, auth).json()
    assert made["crisis_words"] is True
    calm = client.get(f"{ENTRIES}/{world.entry.pk}", **auth).json()
    assert calm["crisis_words"] is False


def test_lists_cost_the_same_whatever_their_length(
    client, people, world, django_assert_num_queries
):
    auth = bearer(people.patient)
    for n in range(5):
        post(client, ENTRIES, {"body": f"Entry {n}"}, auth)
    # the token and the caller's roles (3); page, its stored crisis verdicts, count (3)
    with django_assert_num_queries(6):
        page = client.get(f"{ENTRIES}?limit=3", **auth).json()
    assert page["count"] == 6 and len(page["items"]) == 3
    # the token and the caller's roles (3); count, page (2)
    with django_assert_num_queries(5):
        prompts = client.get(f"{API}/journal/prompts", **auth).json()
    assert prompts["count"] > 0 and all(p["text"] for p in prompts["items"])
