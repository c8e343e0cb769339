"""Who may open each page of the conversations (the six people, and anonymous)."""

from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.conversations.services import message_send
from afterglow.testing.people import assert_access


def test_the_patient_reads_their_own_conversation(people):
    assert_access(
        people,
        reverse("conversations:mine"),
        {
            "anonymous": 302,
            "patient": 200,
            "other_patient": 200,
        },
    )


def test_only_the_care_team_reads_a_patients_conversation(people):
    message_send(patient=people.pat, author=people.patient, body="Hello Cara")
    url = reverse("conversations:patient", args=[people.pat.pk])
    assert_access(people, url, {"anonymous": 302, "clinician": 200})
    # Every read is audited; each refusal too.
    read = AuditEvent.objects.filter(action="conversation.read", patient=people.pat)
    assert read.filter(outcome="success", actor=people.clinician).count() == 1
    denied = AuditEvent.objects.filter(action="conversation.read", outcome="denied")
    assert {e.actor for e in denied} == {people.outsider, people.foreign}


def test_the_inbox_is_for_clinicians(people):
    assert_access(
        people,
        reverse("conversations:inbox"),
        {
            "anonymous": 302,
            "clinician": 200,
            "outsider": 200,
            "foreign": 200,
        },
    )


def test_replying_handing_over_and_marking_done_are_for_the_care_team(people):
    pk = people.pat.pk
    for name, data in (
        ("patient", {"body": "We read it, and we'll call you tomorrow."}),
        ("hand", {"to": ""}),
        ("done", {"done": "1"}),
    ):
        expected = {"anonymous": 302, "clinician": 302}
        assert_access(
            people,
            reverse(f"conversations:{name}", args=[pk]),
            expected,
            method="post",
            data=data,
        )


def test_the_messaging_settings_are_for_the_clinic_admin(people):
    assert_access(people, reverse("conversations:settings"), {"anonymous": 302, "admin": 200})
