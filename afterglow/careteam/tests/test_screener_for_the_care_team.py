"""What the care team sees of the C-SSRS screener: its flag first on the caseload (high, then
moderate) with the level on the badge, the latest answers on the patient's page, every
screener in the timeline, and the flag's lifecycle as for any other."""

import uuid
from datetime import UTC, datetime, timedelta

from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.careteam.models import CaseloadSummary
from afterglow.careteam.selectors import caseload_rows
from afterglow.careteam.tests.test_caseload_listing import add, body
from afterglow.careteam.tests.test_caseload_queries import add_patients, caseload_queries
from afterglow.outcomes.services import screening_submit
from afterglow.safety.models import Flag, FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.people import sign_in
from afterglow.testing.treatments import completed_session

NOW = datetime(2026, 3, 20, 15, tzinfo=UTC)
HIGH = {"q1": True, "q2": True, "q3": True, "q4": True, "q5": False, "q6": False}
MODERATE = {"q1": True, "q2": False, "q6": True, "q6_recent": False}
LOW = {"q1": True, "q2": False, "q6": False}


def screen(patient, answers):
    return screening_submit(
        patient=patient, answers=answers, origin="outcomes", nonce=uuid.uuid4(), request=None
    )[0]


def test_high_then_moderate_come_before_every_other_flag(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    # Wren has two safety flags from a check-in: more flags, but no C-SSRS flag.
    wren = add(people, "Wren Adler")
    session = completed_session(wren, ended=NOW - timedelta(hours=20))
    for kind in (FlagKind.CHECKIN_RED_FLAG, FlagKind.CRISIS_LANGUAGE):
        flag_raise(
            patient=wren, kind=kind, severity="safety", reasons=["self_harm"], source=session
        )
    moe = add(people, "Moe Moderate")
    screen(moe, MODERATE)
    screen(people.pat, HIGH)
    low = add(people, "Lou Low")
    screen(low, LOW)
    client = sign_in(Client(), people.clinician)
    rows = body(client)
    assert rows.index("Pat Patient") < rows.index("Moe Moderate") < rows.index("Wren Adler")
    assert "Safety: C-SSRS screener: high risk" in rows
    assert "Safety: C-SSRS screener: moderate risk" in rows
    assert not Flag.objects.filter(patient=low).exists()  # low raises no flag
    levels = {r.name: r.cssrs_level for r in caseload_rows(people.clinician, NOW)}
    assert levels["Pat Patient"] == "high" and levels["Moe Moderate"] == "moderate"
    assert levels["Wren Adler"] == levels["Lou Low"] == ""


def test_a_resolved_screener_flag_no_longer_leads(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    screen(people.pat, HIGH)
    moe = add(people, "Moe Moderate")
    screen(moe, MODERATE)
    flag = Flag.objects.get(patient=people.pat)
    client = sign_in(Client(), people.clinician)
    assert client.post(reverse("safety:flag_acknowledge", args=[flag.pk])).status_code == 302
    rows = body(client)
    assert rows.index("Pat Patient") < rows.index("Moe Moderate")  # acknowledged: still open
    assert "C-SSRS screener: high risk (acknowledged)" in rows
    resolve = reverse("safety:flag_resolve", args=[flag.pk])
    client.post(resolve, {"note": "Spoke with Pat; safety plan made together."})
    flag.refresh_from_db()
    assert flag.status == "resolved"
    rows = body(client)
    assert rows.index("Moe Moderate") < rows.index("Pat Patient")
    actions = AuditEvent.objects.filter(patient=people.pat).values_list("action", flat=True)
    assert {"screener.submit", "flag.raise", "flag.acknowledge", "flag.resolve"} <= set(actions)


def test_a_screener_flag_keeps_the_caseloads_query_count(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    client = sign_in(Client(), people.clinician)
    add_patients(people, "a", 2)
    before = caseload_queries(client)
    screen(people.pat, HIGH)
    assert caseload_queries(client) == before == 13


def test_the_patient_page_shows_the_latest_screeners_answers_and_level(people, time_machine):
    time_machine.move_to(NOW - timedelta(days=7), tick=False)
    screen(people.pat, LOW)
    time_machine.move_to(NOW, tick=False)
    screen(people.pat, HIGH)
    url = reverse("careteam:patient", args=[people.pat.pk])
    page = sign_in(Client(), people.clinician).get(url).content.decode()
    section = page[page.index('id="screener"') : page.index('id="plan-heading"')]
    assert "High risk" in section and "Low risk" not in section
    assert "4. Have you had these thoughts and had some intention of acting on them?" in section
    assert section.count("<strong>Yes</strong>") == 4 and "Not asked" in section  # 6a
    timeline = page[page.index('class="timeline-list"') :]
    assert "C-SSRS screener: High risk" in timeline and "Yes to 1, 2, 3, 4" in timeline
    assert "C-SSRS screener: Low risk" in timeline and "Yes to 1" in timeline
    only = sign_in(Client(), people.clinician).get(url + "?show=screener").content.decode()
    only = only[only.index('class="timeline-list"') :]
    assert "C-SSRS screener" in only and "Flag:" not in only


def test_a_patient_without_a_screener(people):
    url = reverse("careteam:patient", args=[people.pat.pk])
    page = sign_in(Client(), people.clinician).get(url).content.decode()
    assert "No screener answered yet." in page


def test_a_screener_is_activity_on_the_caseload(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    screen(people.pat, LOW)
    assert CaseloadSummary.objects.get(patient=people.pat).last_activity == NOW
