from django.core.management import call_command
from django.test import Client

from afterglow.journal.models import Entry
from afterglow.ops.scale import seed_scale
from afterglow.outcomes.models import Response
from afterglow.testing.people import sign_in
from afterglow.treatments.models import TreatmentSession


def snapshot(clinic):
    return (
        sorted(e.title for e in Entry.objects.filter(patient__clinic=clinic)),
        Response.objects.filter(patient__clinic=clinic).count(),
        TreatmentSession.objects.filter(patient__clinic=clinic).count(),
    )


def test_the_command_reports_what_it_made(db, capsys):
    call_command("seed_scale", "--patients", "3", "--years", "0.3", "--seed", "5")
    out = capsys.readouterr().out
    assert "3 patients" in out and "clinician0@scale-5.test" in out


def test_the_same_seed_makes_the_same_clinic_and_another_seed_another(db):
    one = seed_scale(patients=4, years=0.5, seed=7, slug="one")
    two = seed_scale(patients=4, years=0.5, seed=7, slug="two")
    other = seed_scale(patients=4, years=0.5, seed=8, slug="three")
    titles, responses, sessions = snapshot(one.clinic)
    assert titles and responses and sessions  # journals (decrypted), answers, sessions
    assert snapshot(two.clinic) == (titles, responses, sessions)
    assert snapshot(other.clinic) != snapshot(one.clinic)
    page = sign_in(Client(), one.clinicians[0]).get("/caseload/")
    assert page.status_code == 200 and "4 of 4 patients" in page.content.decode()
