from django.core.management import call_command

from afterglow.accounts.models import User
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import CareTeamMember, Membership, Patient


def counts():
    return (
        User.objects.count(),
        Patient.objects.count(),
        Membership.objects.count(),
        CareTeamMember.objects.count(),
        AuditEvent.objects.count(),
    )


def test_loading_the_demo_twice_changes_nothing(db, capsys):
    call_command("load_demo")
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first[:3] == (6, 3, 3)
    out = capsys.readouterr().out
    assert "alex@demo.afterglow.test" in out and "password" in out


def test_the_demo_code_command_prints_six_digits(db, capsys):
    call_command("demo_code")
    assert capsys.readouterr().out.strip().isdigit()
