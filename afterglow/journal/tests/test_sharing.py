from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Prompt, PromptAssignment
from afterglow.testing.journal import write
from afterglow.testing.people import assert_access, sign_in


def shared_url(people, entry):
    return reverse("journal:shared_entry", args=[people.pat.pk, entry.pk])


def test_entries_are_private_until_shared(people):
    entry = write(people.pat, body="Only for me")
    assert_access(people, shared_url(people, entry), {"anonymous": 302})
    page = (
        sign_in(Client(), people.clinician)
        .get(reverse("journal:shared_list", args=[people.pat.pk]))
        .content.decode()
    )
    assert "Nothing shared right now" in page


def test_the_care_team_reads_a_shared_entry_and_loses_it_when_unshared(people):
    entry = write(people.pat, body="I want Cara to read this")
    patient_client = sign_in(Client(), people.patient)
    patient_client.post(reverse("journal:share", args=[entry.pk]), {"shared": "1"})
    assert_access(people, shared_url(people, entry), {"anonymous": 302, "clinician": 200})
    clinician = sign_in(Client(), people.clinician)
    assert "I want Cara to read this" in clinician.get(shared_url(people, entry)).content.decode()
    assert AuditEvent.objects.filter(
        action="journal.view", outcome="success", actor=people.clinician
    ).exists()
    patient_client.post(reverse("journal:share", args=[entry.pk]), {"shared": "0"})
    assert clinician.get(shared_url(people, entry)).status_code == 404
    listing = clinician.get(reverse("journal:shared_list", args=[people.pat.pk]))
    assert "I want Cara" not in listing.content.decode()


def test_the_shared_list_is_for_the_care_team(people):
    assert_access(
        people,
        reverse("journal:shared_list", args=[people.pat.pk]),
        {"anonymous": 302, "clinician": 200},
    )


def test_marking_for_the_next_integration_session(people):
    entry = write(people.pat)
    sign_in(Client(), people.patient).post(
        reverse("journal:mark", args=[entry.pk]), {"marked": "1"}
    )
    entry.refresh_from_db()
    assert entry.for_next_session


def test_a_clinician_assigns_a_prompt_as_homework(people):
    prompt = Prompt.objects.get(clinic=people.clinic, key="kind-voice")
    url = reverse("journal:assign_prompt", args=[people.pat.pk])
    assert_access(
        people, url, {"anonymous": 302, "clinician": 302}, method="post", data={"prompt": prompt.pk}
    )
    assert PromptAssignment.objects.filter(patient=people.pat, prompt=prompt).exists()
    page = sign_in(Client(), people.patient).get(reverse("journal:list")).content.decode()
    assert "From Cara Clinician" in page and prompt.text[:30] in page
    write(people.pat, prompt=prompt)
    assert PromptAssignment.objects.get(prompt=prompt).answered_by is not None
