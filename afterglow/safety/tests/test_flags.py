from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.safety.models import Flag, FlagKind
from afterglow.safety.services import flag_raise
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session


@pytest.fixture
def flag(people):
    session = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    return flag_raise(
        patient=people.pat,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["severe_headache"],
        source=session,
    )


def test_raising_twice_for_one_source_gives_one_flag(people, flag):
    again = flag_raise(
        patient=people.pat,
        kind=FlagKind.CHECKIN_RED_FLAG,
        severity="safety",
        reasons=["severe_headache"],
        source=completed_session.__globals__["TreatmentSession"].objects.get(),
    )
    assert again.pk == flag.pk and Flag.objects.count() == 1


def test_the_care_team_acknowledges_then_resolves_with_a_note(people, flag):
    client = sign_in(Client(), people.clinician)
    response = client.post(reverse("safety:flag_acknowledge", args=[flag.pk]))
    assert response.status_code == 302
    flag.refresh_from_db()
    assert flag.status == "acknowledged" and flag.acknowledged_by == people.clinician
    url = reverse("safety:flag_resolve", args=[flag.pk])
    refused = client.post(url, {"note": "  "})
    assert refused.status_code == 200 and "Write a short note" in refused.content.decode()
    client.post(url, {"note": "Called her; headache settled with rest."})
    flag.refresh_from_db()
    assert flag.status == "resolved" and flag.resolution_note.startswith("Called her")
    with connection.cursor() as cursor:
        cursor.execute("SELECT resolution_note FROM safety_flag")
        assert "headache" not in cursor.fetchone()[0]
    actions = set(AuditEvent.objects.filter(patient=people.pat).values_list("action", flat=True))
    assert {"flag.raise", "flag.acknowledge", "flag.resolve"} <= actions


def test_flag_actions_are_for_the_care_team(people, flag):
    assert_access(
        people, reverse("safety:flag_resolve", args=[flag.pk]), {"anonymous": 302, "clinician": 200}
    )
    assert_access(
        people,
        reverse("safety:flag_acknowledge", args=[flag.pk]),
        {"anonymous": 302, "clinician": 302},
        method="post",
    )


def test_a_denied_flag_view_is_audited(people, flag):
    sign_in(Client(), people.outsider).get(reverse("safety:flag_resolve", args=[flag.pk]))
    assert AuditEvent.objects.filter(action="flag.view", outcome="denied").exists()
