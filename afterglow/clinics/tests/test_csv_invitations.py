"""Inviting patients from a CSV file: a preview with every row checked, per-row errors, and
nothing imported (and nobody emailed) when any row is wrong."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import Invitation, User
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import Patient
from afterglow.testing.people import assert_access, sign_in

IMPORT = reverse("clinics:patient_import")
GOOD = (
    "email,full_name,clinicians\n"
    "river@example.com,River Stone,cara@example.com\n"
    "sage@example.com,Sage Hill,cara@example.com; otto@example.com\n"
    "wren@example.com,Wren Field,\n"
)


def upload(client, text, *, name="patients.csv", encoding="utf-8"):
    data = text.encode(encoding) if isinstance(text, str) else text
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, data, "text/csv")})


def sealed_rows(page) -> str:
    return re.search(r'name="rows" value="([^"]+)"', page.content.decode()).group(1)


def test_the_import_page_is_for_the_clinics_admin(people):
    assert_access(people, IMPORT, {"anonymous": 302, "admin": 200})


def test_a_good_file_is_previewed_then_every_patient_invited_with_their_care_team(people):
    client = sign_in(Client(), people.admin)
    preview = upload(client, GOOD)
    text = preview.content.decode()
    assert preview.status_code == 200 and "3 invitations are ready" in text
    assert "Cara Clinician, Otto Outsider" in text
    assert not Invitation.objects.exists() and mail.outbox == []  # nothing before "Send"
    done = client.post(IMPORT, {"rows": sealed_rows(preview)})
    assert done.status_code == 302
    invitations = {i.email: i for i in Invitation.objects.filter(role="patient")}
    assert set(invitations) == {"river@example.com", "sage@example.com", "wren@example.com"}
    assert set(invitations["sage@example.com"].care_team.all()) == {
        people.clinician,
        people.outsider,
    }
    assert not invitations["wren@example.com"].care_team.exists()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(invitations)
    assert AuditEvent.objects.get(action="invitation.import").detail == {"rows": 3}
    assert AuditEvent.objects.filter(action="invitation.create").count() == 3
    # Accepting one makes a patient with that care team, in the clinic's time zone.
    link = re.search(r"http://testserver(/accounts/invitation/\S+/)", mail.outbox[0].body)
    password = "a long and gentle sentence"
    form = {"password1": password, "password2": password, "full_name": "Someone"}
    Client().post(link.group(1), form)
    patient = Patient.objects.get(user__email=mail.outbox[0].to[0])
    assert patient.user.time_zone == people.clinic.time_zone


def test_every_bad_row_is_named_and_nothing_is_imported(people):
    User.objects.create_user("taken@example.com", "x" * 16, full_name="Taken")
    bad = (
        "Email,Full_Name,Clinicians\n"
        "not-an-email,No Address,\n"
        "river@example.com,River Stone,cara@example.com\n"
        "RIVER@example.com,River Again,\n"
        "taken@example.com,Has An Account,\n"
        "new@example.com,Unknown Clinician,nobody@example.com\n"
        "fern-patient@example.com,Other Clinic,fern@example.com\n"
        "ok@example.com,,\n"
        "fine@example.com,Fine Row,otto@example.com\n"
    )
    client = sign_in(Client(), people.admin)
    page = upload(client, bad)
    text = page.content.decode()
    assert "6 rows need a fix" in text and "Nothing was imported" in text
    assert "Email: Enter a valid email address." in text
    assert "The same email as line 3." in text
    assert "Someone already has an account with this email." in text
    assert "nobody@example.com is not an active clinician of this clinic." in text
    assert "fern@example.com is not an active clinician of this clinic." in text
    assert "Full name: This field is required." in text
    assert 'name="rows"' not in text  # no "Send" button
    assert not Invitation.objects.exists() and mail.outbox == []


def test_a_pending_invitation_counts_as_a_duplicate(people):
    client = sign_in(Client(), people.admin)
    client.post(IMPORT, {"rows": sealed_rows(upload(client, GOOD))})
    page = upload(client, GOOD)
    assert page.content.decode().count("This email already has an invitation waiting.") == 3


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"x" * (10 * 1024 * 1024), "This file is 10.0 MB; the most we take is 1 MB"),
        ("email,full_name\nzoë@example.com,Zoë Ñandú\n".encode("latin-1"), "isn&#x27;t UTF-8"),
        ("name,address\nA,b@example.com\n", "must name the columns email and full_name"),
        ("email,full_name\n", "no patients below its first row"),
        ("email,full_name\n" + "a@example.com,A\n" * 501, "The file has 501 patients"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(people, content, says):
    page = upload(sign_in(Client(), people.admin), content)
    assert page.status_code == 200 and says in page.content.decode()
    assert not Invitation.objects.exists()


def test_a_spreadsheets_utf8_with_a_byte_order_mark_is_read(people):
    text = "\ufeffemail,full_name\nzoe@example.com,Zoë Ñandú\n"
    page = upload(sign_in(Client(), people.admin), text)
    assert "1 invitation is ready" in page.content.decode() and "Zoë Ñandú" in page.content.decode()


def test_a_change_after_the_preview_is_caught_and_nothing_is_imported(people):
    client = sign_in(Client(), people.admin)
    sealed = sealed_rows(upload(client, GOOD))
    User.objects.create_user("sage@example.com", "x" * 16, full_name="Sage Came Early")
    page = client.post(IMPORT, {"rows": sealed})
    assert page.status_code == 200 and "1 row needs a fix" in page.content.decode()
    assert not Invitation.objects.exists() and mail.outbox == []


def test_a_tampered_preview_is_refused(people):
    client = sign_in(Client(), people.admin)
    sealed = sealed_rows(upload(client, GOOD))
    reply = client.post(IMPORT, {"rows": sealed[:-3] + "abc"}, follow=True)
    assert "Upload the file again" in reply.content.decode()
    assert not Invitation.objects.exists()


def test_a_preview_sent_to_another_clinic_checks_against_that_clinic(people):
    from afterglow.clinics.models import Membership, Role

    client = sign_in(Client(), people.admin)
    sealed = sealed_rows(upload(client, GOOD))
    other_admin = User.objects.create_user("bo@example.com", "x" * 16, full_name="Bo Birch")
    Membership.objects.create(user=other_admin, clinic=people.other_clinic, role=Role.ADMIN)
    page = sign_in(Client(), other_admin).post(IMPORT, {"rows": sealed})
    assert "cara@example.com is not an active clinician of this clinic." in page.content.decode()
    assert not Invitation.objects.exists()
