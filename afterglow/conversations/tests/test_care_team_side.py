"""Hand-over, done, the clinic's switch, crisis language, notifications, unread counts."""

from datetime import UTC, datetime

from django.core import mail
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.careteam.selectors import caseload_rows
from afterglow.clinics.models import CareTeamMember, Membership
from afterglow.conversations.models import Conversation, Message
from afterglow.conversations.services import message_send, messaging_settings_update
from afterglow.reminders.models import Notification
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import make_user, sign_in

MINE = reverse("conversations:mine")
CRISIS = "I have been saving my pills and tonight I want to end it all"


def test_a_clinician_hands_the_conversation_to_a_colleague_and_marks_it_done(people):
    colleague = make_user("nia@example.com", "Nia Nurse")
    Membership.objects.create(user=colleague, clinic=people.clinic, role="clinician")
    CareTeamMember.objects.create(patient=people.pat, clinician=colleague)
    cara = sign_in(Client(), people.clinician)
    hand = reverse("conversations:hand", args=[people.pat.pk])
    assert cara.post(hand, {"to": people.outsider.pk}).status_code == 302  # not on the team
    assert Conversation.objects.get().held_by is None
    cara.post(hand, {"to": colleague.pk})
    assert Conversation.objects.get().held_by == colleague
    assert AuditEvent.objects.get(action="conversation.hand").detail == {"to": colleague.pk}

    # Held by Nia: the patient's next message notifies Nia only.
    message_send(patient=people.pat, author=people.patient, body="Are you there?")
    assert list(Notification.objects.values_list("user__email", flat=True)) == ["nia@example.com"]

    cara.post(reverse("conversations:done", args=[people.pat.pk]), {"done": "1"})
    conversation = Conversation.objects.get()
    assert conversation.done_at is not None and conversation.done_by == people.clinician
    assert AuditEvent.objects.filter(action="conversation.done").count() == 1
    message_send(patient=people.pat, author=people.patient, body="One more thing")
    assert Conversation.objects.get().done_at is None  # a new message opens it again


def test_notifications_say_nothing_of_the_message(
    people, django_capture_on_commit_callbacks, time_machine
):
    time_machine.move_to(datetime(2026, 3, 20, 15, tzinfo=UTC), tick=False)  # not quiet hours
    with django_capture_on_commit_callbacks(execute=True):
        message_send(patient=people.pat, author=people.patient, body="my secret marmalade")
    notification = Notification.objects.get(user=people.clinician)
    assert notification.kind == "message" and "marmalade" not in notification.title
    assert "Pat" not in notification.title
    (email,) = mail.outbox
    assert email.to == ["cara@example.com"]
    assert "marmalade" not in email.body + email.subject and "Pat" not in email.body + email.subject

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        message_send(patient=people.pat, author=people.clinician, body="marmalade reply")
    (email,) = mail.outbox
    assert email.to == ["pat@example.com"] and "marmalade" not in email.body + email.subject


def test_the_clinic_can_switch_messages_off(people):
    messaging_settings_update(clinic=people.clinic, enabled=False, office_hours="")
    client = sign_in(Client(), people.patient)
    page = client.get(MINE).content.decode()
    assert "turned messages off" in page and 'name="body"' not in page
    client.post(MINE, {"body": "hello?"})
    assert not Message.objects.exists()
    admin = sign_in(Client(), people.admin)
    admin.post(reverse("conversations:settings"), {"enabled": "on", "office_hours": "Mon-Fri"})
    assert AuditEvent.objects.filter(action="messaging.settings").count() == 2
    assert 'name="body"' in client.get(MINE).content.decode()


def test_crisis_words_show_the_notice_and_the_patient_can_raise_a_flag(people):
    client = sign_in(Client(), people.patient)
    response = client.post(MINE, {"body": CRISIS})
    page = response.content.decode()
    assert response.status_code == 200 and "Call or text 988" in page
    assert "Your message is sent" in page
    check = TextCheck.objects.get()
    assert check.source_type == "conversations.message" and check.level == "crisis"
    client.post(reverse("safety:language_tell", args=[check.pk]), {"back": MINE})
    flag = Flag.objects.get()
    assert flag.severity == "safety" and "message" in flag.reasons
    assert "pills" not in str(flag.reasons)


def test_unread_messages_rank_a_patient_with_the_flags_on_the_caseload(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 20, 15, tzinfo=UTC), tick=False)
    olive = people.other_patient.patient
    CareTeamMember.objects.create(patient=olive, clinician=people.clinician)
    message_send(patient=olive, author=people.other_patient, body="Hi")
    message_send(patient=olive, author=people.other_patient, body="Hi again")
    rows = caseload_rows(people.clinician, datetime(2026, 3, 20, 15, tzinfo=UTC))
    assert [(r.name, r.unread_messages) for r in rows] == [("Olive Other", 2), ("Pat Patient", 0)]
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "2 unread messages" in page
    sign_in(Client(), people.clinician).get(reverse("conversations:patient", args=[olive.pk]))
    rows = caseload_rows(people.clinician, datetime(2026, 3, 20, 15, tzinfo=UTC))
    assert {r.name: r.unread_messages for r in rows} == {"Olive Other": 0, "Pat Patient": 0}
    # Read state is the reader's own: Otto (on Olive's team) has still not read them.
    assert (
        caseload_rows(people.outsider, datetime(2026, 3, 20, 15, tzinfo=UTC))[0].unread_messages
        == 2
    )
