from datetime import UTC, date, datetime, timedelta

from django.test import Client

from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.journal.services import entry_share
from afterglow.safety.models import FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.journal import write
from afterglow.testing.people import make_user, sign_in
from afterglow.testing.treatments import completed_session
from afterglow.treatments.models import MaintenancePlan, Protocol

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)


def add(people, name, modality="iv"):
    user = make_user(f"{name.split()[0].lower()}@example.com", name)
    patient = Patient.objects.create(user=user, clinic=people.clinic)
    CareTeamMember.objects.create(patient=patient, clinician=people.clinician)
    key = "iv-boosters" if modality == "iv" else "spravato-label"
    MaintenancePlan.objects.create(
        patient=patient,
        start_date=date(2026, 1, 1),
        protocol=Protocol.objects.get(clinic=people.clinic, key=key),
    )
    return patient


def body(client, query=""):
    page = client.get(f"/caseload/{query}").content.decode()
    return page[page.index("<tbody>") :] if "<tbody>" in page else page


def test_search_filter_and_sort(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    zoe = add(people, "Zoë Quinn", "spravato")
    add(people, "Amir Bell")
    session = completed_session(zoe, ended=NOW - timedelta(days=2))
    flag_raise(
        patient=zoe,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["chest_pain"],
        source=session,
    )
    client = sign_in(Client(), people.clinician)
    assert "Zoë Quinn" in body(client, "?q=zoe") and "Amir" not in body(client, "?q=zoe")
    assert "Amir" not in body(client, "?flags=safety")
    assert "Zoë" not in body(client, "?modality=iv") and "Amir" in body(client, "?modality=iv")
    by_name = body(client, "?sort=name")
    assert by_name.index("Amir Bell") < by_name.index("Pat Patient") < by_name.index("Zoë")
    default = body(client)
    assert default.index("Zoë Quinn") < default.index("Amir Bell")  # safety first
    assert "No one matches" in client.get("/caseload/?q=nobody").content.decode()
    assert "Missed check-ins" in default  # a session 2 days ago with no check-in


def test_newly_shared_entries_and_last_activity(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    entry = write(people.pat, body="For Cara")
    entry_share(entry=entry, shared=True, request=None)
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    assert "1 newly shared" in page and "Mar 20" in page


def test_a_private_entry_is_not_activity_the_care_team_sees(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    write(people.pat, body="Only for me")
    page = sign_in(Client(), people.clinician).get("/caseload/").content.decode()
    row = page[page.index("Pat Patient") :].split("</tr>")[0]
    assert "Mar 20" not in row
