"""``manage.py create_clinic``: from nothing to a clinic and its first admin's invitation,
without the Django admin; nothing made when anything is wrong."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client

from afterglow.accounts.models import Invitation, User
from afterglow.aftercare.models import SafetyRule
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import Clinic

FLAGS = {
    "name": "Juniper Ketamine Care",
    "time_zone": "America/Denver",
    "phone": "555-0199",
    "admin_name": "June Admin",
    "admin_email": "June@Example.com",
}


def create(**overrides):
    out = StringIO()
    options = {**FLAGS, **overrides}
    call_command("create_clinic", interactive=False, stdout=out, **options)
    return out.getvalue()


def test_it_creates_the_clinic_and_prints_the_first_admins_invitation(db):
    printed = create()
    clinic = Clinic.objects.get(name="Juniper Ketamine Care")
    assert (clinic.time_zone, clinic.phone, clinic.slug) == (
        "America/Denver",
        "555-0199",
        "juniper-ketamine-care",
    )
    invitation = Invitation.objects.get(clinic=clinic)
    assert invitation.role == "admin" and invitation.email == "june@example.com"
    assert invitation.invited_by is None
    link = re.search(r"http://127\.0\.0\.1:8000(/accounts/invitation/\S+/)", printed).group(1)
    assert mail.outbox == []  # printed, not emailed
    assert SafetyRule.objects.filter(clinic=clinic).exists()  # the default content came too
    created = AuditEvent.objects.get(action="clinic.create")
    assert created.clinic == clinic and created.detail == {"via": "command"}
    assert created.actor is None
    page = Client().get(link)
    assert page.status_code == 200 and "Juniper Ketamine Care" in page.content.decode()


def test_it_emails_the_invitation_when_asked(db):
    printed = create(email=True)
    assert "Invitation emailed to june@example.com" in printed
    assert "/accounts/invitation/" not in printed
    (message,) = mail.outbox
    assert message.to == ["june@example.com"] and "Juniper Ketamine Care" in message.body


@pytest.mark.parametrize(
    ("overrides", "says"),
    [
        ({"name": "JUNIPER ketamine care"}, "--name: A clinic named JUNIPER ketamine care"),
        ({"time_zone": "Mars/Olympus"}, "--time-zone: Select a valid choice"),
        ({"admin_email": "not-an-email"}, "--admin-email: Enter a valid email address"),
        ({"admin_email": "taken@example.com"}, "--admin-email: Someone already has an account"),
        ({"name": "   "}, "--name: This field is required"),
    ],
)
def test_bad_input_is_named_and_nothing_is_made(db, overrides, says):
    create()
    User.objects.create_user("taken@example.com", "x" * 16, full_name="Taken")
    before = (Clinic.objects.count(), Invitation.objects.count(), AuditEvent.objects.count())
    with pytest.raises(CommandError) as raised:
        create(**overrides)
    assert "Nothing was created" in str(raised.value) and says in str(raised.value)
    after = (Clinic.objects.count(), Invitation.objects.count(), AuditEvent.objects.count())
    assert after == before


def test_without_input_a_missing_flag_is_named(db):
    with pytest.raises(CommandError, match="give --admin-name, --admin-email"):
        call_command("create_clinic", "--no-input", "--name", "Alder", "--time-zone", "UTC")
    assert not Clinic.objects.exists()


def test_it_asks_for_what_is_missing_at_a_terminal(db, monkeypatch):
    answers = iter(["Alder Clinic", "Europe/Dublin", "", "Ash Admin", "ash@example.com"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    call_command("create_clinic", stdout=StringIO())
    clinic = Clinic.objects.get(name="Alder Clinic")
    assert clinic.time_zone == "Europe/Dublin" and clinic.phone == ""


def test_a_second_clinic_with_a_similar_name_gets_its_own_address(db):
    create()
    create(name="Juniper Ketamine Care!", admin_email="other@example.com")
    assert set(Clinic.objects.values_list("slug", flat=True)) == {
        "juniper-ketamine-care",
        "juniper-ketamine-care-2",
    }
