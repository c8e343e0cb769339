import io
import json
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from afterglow.journal.models import Entry
from afterglow.journal.selectors import Filters, search
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in

JRNL = {
    "tags": {"@work": 1},
    "entries": [
        {
            "date": "2021-05-01",
            "time": "09:30",
            "title": "Spring",
            "body": "Blossoms everywhere.",
            "tags": ["@work"],
            "starred": False,
        },
        {
            "date": "2021-05-02",
            "time": "21:00",
            "title": "Evening",
            "body": "A long call with Dad.",
            "tags": [],
            "starred": True,
        },
    ],
}


def upload(client, content: bytes):
    return client.post(
        reverse("journal:import"), {"file": SimpleUploadedFile("journal.json", content)}
    )


def test_the_patient_downloads_everything_as_markdown_and_json(people):
    write(people.pat, body="First light", emotions=["hope"], tags="mornings")
    write(people.pat, body="Second light", title="Two")
    client = sign_in(Client(), people.patient)
    archive = zipfile.ZipFile(io.BytesIO(client.get("/journal/export.zip").content))
    names = archive.namelist()
    assert len([n for n in names if n.endswith(".md")]) == 2 and "journal.json" in names
    markdown = "".join(archive.read(n).decode() for n in names if n.endswith(".md"))
    assert "First light" in markdown and "Emotions: Hope" in markdown and "# Two" in markdown
    data = json.loads(client.get("/journal/export.json").content)
    assert {e["body"] for e in data["entries"]} == {"First light", "Second light"}


def test_a_jrnl_export_comes_in_whole_and_is_searchable(people):
    response = upload(sign_in(Client(), people.patient), json.dumps(JRNL, indent=2).encode())
    assert response.status_code == 302
    assert Entry.objects.filter(patient=people.pat).count() == 2
    found = search(people.pat, Filters(tag="work"))
    assert [e.title for e in found] == ["Spring"]


def test_malformed_json_names_the_line_and_imports_nothing(people):
    broken = b'{\n  "entries": [\n    {"date": "2021-05-01",, }\n  ]\n}'
    response = upload(sign_in(Client(), people.patient), broken)
    page = response.content.decode()
    assert "Line 3" in page and "Nothing was imported" in page
    assert not Entry.objects.exists()


def test_a_bad_entry_names_its_line_and_nothing_is_half_imported(people):
    bad = dict(JRNL, entries=[*JRNL["entries"], {"date": "May 3rd", "body": "x"}])
    response = upload(sign_in(Client(), people.patient), json.dumps(bad, indent=2).encode())
    page = response.content.decode()
    assert "(entry 3)" in page and "Line 25" in page and "Nothing was imported" in page
    assert not Entry.objects.exists()


def test_imported_words_get_the_crisis_check_a_written_entry_gets(people):
    """The stored verdict is what the API's crisis_words reads: an import keeps one too."""
    from afterglow.audit.models import AuditEvent
    from afterglow.safety.models import TextCheck

    words = {**JRNL, "entries": [*JRNL["entries"]]}
    words["entries"].append(
        {**JRNL["entries"][0], "title": "", "body": "Tonight I want to end my life.", "tags": []}
    )
    response = upload(sign_in(Client(), people.patient), json.dumps(words).encode())
    assert response.status_code == 302
    check = TextCheck.objects.get()
    assert check.level == "crisis" and check.patient == people.pat
    assert Entry.objects.get(pk=check.source_id).body == "Tonight I want to end my life."
    assert AuditEvent.objects.filter(action="language.detect").count() == 1
