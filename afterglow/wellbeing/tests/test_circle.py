from datetime import UTC, datetime, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access, sign_in
from afterglow.wellbeing.models import DIMENSION_KEYS, Assessment, Focus
from afterglow.wellbeing.selectors import moved_most, reassessment_due
from afterglow.wellbeing.services import assessment_take

ASSESS = reverse("wellbeing:assess")


def circle_form(**overrides):
    data = {f"score_{k}": 5 for k in DIMENSION_KEYS}
    data.update(overrides)
    return data


def test_a_patient_takes_the_circle_with_a_private_note(people):
    client = sign_in(Client(), people.patient)
    response = client.post(ASSESS, circle_form(score_social=2, note_social="I miss my friends"))
    assert response.status_code == 302
    assessment = Assessment.objects.get()
    assert assessment.scores["social"] == 2 and "friends" in assessment.notes
    with connection.cursor() as cursor:
        cursor.execute("SELECT notes FROM wellbeing_assessment")
        assert "friends" not in cursor.fetchone()[0]
    assert AuditEvent.objects.filter(action="wellbeing.assess").exists()
    assert "I miss my friends" in client.get(reverse("wellbeing:circle")).content.decode()


def test_a_score_outside_0_to_10_is_refused_and_the_rest_kept(people):
    response = sign_in(Client(), people.patient).post(
        ASSESS, circle_form(score_physical=11, score_mental=7, note_mental="kept words")
    )
    page = response.content.decode()
    assert response.status_code == 200 and "Physical: 10 is the highest." in page
    assert 'value="7"' in page and "kept words" in page
    assert not Assessment.objects.exists()


def test_the_chart_is_an_svg_image_for_the_patient_and_their_care_team(people):
    assessment_take(
        patient=people.pat, scores=dict.fromkeys(DIMENSION_KEYS, 6), notes={}, request=None
    )
    own = sign_in(Client(), people.patient).get(reverse("wellbeing:chart"))
    assert own["Content-Type"] == "image/svg+xml" and b"<svg" in own.content
    assert "script-src 'none'" in own["Content-Security-Policy"]
    url = reverse("wellbeing:patient_chart", args=[people.pat.pk])
    assert_access(people, url, {"anonymous": 302, "clinician": 200})


def test_focus_takes_one_to_three_dimensions(people):
    client = sign_in(Client(), people.patient)
    client.post(
        reverse("wellbeing:focus"), {"dimensions": ["social", "physical", "mental", "spiritual"]}
    )
    assert not Focus.objects.exists()
    client.post(reverse("wellbeing:focus"), {"dimensions": ["social", "physical"]})
    assert Focus.objects.get().dimensions == ["social", "physical"]
    page = client.get(reverse("wellbeing:circle")).content.decode()
    assert "Reach out to one person you miss this week" in page
    assert "Take a 15-minute walk each day" in page


def test_moved_most_and_reassessment_due(people):
    first = assessment_take(
        patient=people.pat, scores=dict.fromkeys(DIMENSION_KEYS, 5), notes={}, request=None
    )
    second = assessment_take(
        patient=people.pat,
        scores={**first.scores, "social": 8, "financial": 4},
        notes={},
        request=None,
    )
    moves = moved_most([first, second])
    assert [(m.dimension, m.delta) for m in moves] == [("social", 3), ("financial", -1)]
    now = datetime.now(tz=UTC)
    assert not reassessment_due(people.pat, now + timedelta(days=27))
    assert reassessment_due(people.pat, now + timedelta(days=28))


def test_circle_pages_authorization(people):
    patients = {"anonymous": 302, "patient": 200, "other_patient": 200}
    assert_access(people, reverse("wellbeing:circle"), patients)
    assert_access(people, ASSESS, patients)
    assert_access(people, reverse("wellbeing:chart"), patients)
    assert_access(
        people,
        reverse("wellbeing:focus"),
        {"anonymous": 302, "patient": 302, "other_patient": 302},
        method="post",
        data={"dimensions": ["social"]},
    )


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_circle_history_costs_the_same_queries_however_long(people):
    client = sign_in(Client(), people.patient)
    assessment_take(
        patient=people.pat, scores=dict.fromkeys(DIMENSION_KEYS, 5), notes={}, request=None
    )
    few = queries(client, reverse("wellbeing:circle"))
    for n in range(6):
        assessment_take(
            patient=people.pat, scores=dict.fromkeys(DIMENSION_KEYS, n), notes={}, request=None
        )
    # session, user, roles (2), assessments, focus, guides
    assert (
        queries(client, reverse("wellbeing:circle")) == few == 8
    )  # with the unread count in the header
