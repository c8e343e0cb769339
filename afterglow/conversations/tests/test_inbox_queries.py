from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.conversations.services import message_send
from afterglow.testing.people import make_user, sign_in


def add_writers(people, prefix, n):
    for i in range(n):
        user = make_user(f"{prefix}{i}@example.com", f"Writer {prefix}{i}")
        patient = Patient.objects.create(user=user, clinic=people.clinic)
        CareTeamMember.objects.create(patient=patient, clinician=people.clinician)
        message_send(patient=patient, author=user, body="Hello")


def inbox_queries(client):
    with CaptureQueriesContext(connection) as ctx:
        page = client.get(reverse("conversations:inbox"))
    assert page.status_code == 200
    return len(ctx.captured_queries), page.content.decode()


def test_the_inbox_costs_the_same_queries_for_any_number_of_conversations(people):
    client = sign_in(Client(), people.clinician)
    add_writers(people, "a", 2)
    few, _ = inbox_queries(client)
    add_writers(people, "b", 15)
    many, page = inbox_queries(client)
    # session, user, roles (patient, memberships), the conversations with their unread
    # counts, and the header's unread notifications.
    assert many == few == 6
    assert page.count("Writer ") == 17
