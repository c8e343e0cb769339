"""The first-run page: while no clinic exists, the setup code printed on the server's console
lets whoever runs the server make the first clinic. Hashed, single use, an hour long."""

import hashlib
import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from afterglow.accounts.models import Invitation
from afterglow.audit.models import AuditEvent
from afterglow.clinics import firstrun
from afterglow.clinics.models import Clinic, SetupCode
from afterglow.testing.people import make_people

URL = "/setup/"
FORM = {
    "name": "Willow Clinic",
    "time_zone": "America/Chicago",
    "phone": "555-0142",
    "admin_name": "Wren Admin",
    "admin_email": "wren@example.com",
}
CODE = re.compile(r"^    ([A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4})$", re.MULTILINE)


def open_page(capsys) -> tuple[Client, str]:
    """The first visit: the page, and the code the server printed on standard error."""
    client = Client()
    page = client.get(URL)
    assert page.status_code == 200
    printed = capsys.readouterr().err
    assert "Afterglow has no clinic yet" in printed and "http://testserver/setup/" in printed
    return client, CODE.search(printed).group(1)


def test_the_first_visit_prints_a_code_and_keeps_only_its_hash(db, capsys):
    _, code = open_page(capsys)
    row = SetupCode.objects.get()
    assert row.code_hash == hashlib.sha256(code.replace("-", "").encode()).hexdigest()
    assert code not in str(SetupCode.objects.values().get())
    Client().get(URL)
    assert CODE.search(capsys.readouterr().err) is None  # no new code while one is out


def test_the_right_code_makes_the_clinic_and_shows_the_first_admins_invitation(db, capsys):
    client, code = open_page(capsys)
    done = client.post(URL, {**FORM, "code": code.lower().replace("-", " ")})
    assert done.status_code == 200
    clinic = Clinic.objects.get(name="Willow Clinic")
    invitation = Invitation.objects.get(clinic=clinic, role="admin")
    link = re.search(
        r'href="(http://testserver/accounts/invitation/[^"]+/)"', done.content.decode()
    )
    assert (
        link and mail.outbox[0].to == ["wren@example.com"] and link.group(1) in mail.outbox[0].body
    )
    assert invitation.email == "wren@example.com"
    assert AuditEvent.objects.get(action="clinic.create").detail == {"via": "first_run"}
    assert SetupCode.objects.get().used_at is not None
    assert client.post(URL, {**FORM, "name": "Another", "code": code}).status_code == 404
    assert Client().get(URL).status_code == 404  # a clinic exists: the page is gone
    assert capsys.readouterr().err == ""


def test_a_wrong_code_makes_nothing_and_ten_throw_the_code_away(db, capsys):
    client, code = open_page(capsys)
    for _ in range(firstrun.MAX_FAILURES):
        page = client.post(URL, {**FORM, "code": "AAAA-BBBB-CCCC-DDDD"})
        assert page.status_code == 200 and "isn&#x27;t the setup code" in page.content.decode()
    assert not Clinic.objects.exists()
    assert AuditEvent.objects.filter(action="setup.code_failed").count() == firstrun.MAX_FAILURES
    client.post(URL, {**FORM, "code": code})
    assert not Clinic.objects.exists()  # the right code is spent too
    _, fresh = open_page(capsys)
    assert fresh != code


def test_a_code_lasts_an_hour(db, capsys):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client, code = open_page(capsys)
        clock.shift(timedelta(minutes=61))
        client.post(URL, {**FORM, "code": code})
        assert not Clinic.objects.exists()


def test_bad_clinic_details_keep_the_code(db, capsys):
    client, code = open_page(capsys)
    page = client.post(URL, {**FORM, "time_zone": "Mars/Olympus", "code": code})
    assert page.status_code == 200 and not Clinic.objects.exists()
    assert client.post(URL, {**FORM, "code": code}).status_code == 200
    assert Clinic.objects.filter(name="Willow Clinic").exists()


def test_setup_code_prints_a_new_code_that_replaces_the_old(db, capsys):
    client, old = open_page(capsys)
    out = StringIO()
    call_command("setup_code", stdout=out)
    new = CODE.search(out.getvalue()).group(1)
    client.post(URL, {**FORM, "code": old})
    assert not Clinic.objects.exists()
    client.post(URL, {**FORM, "code": new})
    assert Clinic.objects.exists()
    with pytest.raises(CommandError, match="A clinic exists already"):
        call_command("setup_code")


def test_the_sign_in_page_points_to_setup_only_while_there_is_no_clinic(db):
    assert "Set up the first clinic" in Client().get("/accounts/login/").content.decode()
    make_people()
    assert "Set up the first clinic" not in Client().get("/accounts/login/").content.decode()


def test_the_page_is_gone_for_everyone_once_a_clinic_exists(people):
    from afterglow.testing.people import assert_access

    assert_access(people, URL, {})
