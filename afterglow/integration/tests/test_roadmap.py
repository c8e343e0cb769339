from datetime import UTC, date, datetime

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.integration.services import goal_create
from afterglow.journal.models import Prompt, PromptAssignment
from afterglow.safety.models import Flag
from afterglow.testing.people import assert_access, sign_in
from afterglow.testing.treatments import completed_session


def make_goal(people, steps=2):
    return goal_create(
        patient=people.pat,
        title="Walk more",
        why="",
        dimension="physical",
        area="routines",
        target_date=None,
        steps=[(f"Step {n}", None) for n in range(steps)],
        request=None,
    )


def test_a_goal_with_two_steps_from_a_practice(people):
    client = sign_in(Client(), people.patient)
    page = client.get(reverse("integration:goal_new") + "?practice=Take+a+walk&dimension=physical")
    assert 'value="Take a walk"' in page.content.decode()
    response = client.post(
        reverse("integration:goal_new"),
        {
            "title": "Take a walk",
            "why": "I feel better outside",
            "dimension": "physical",
            "area": "routines",
            "target_date": "2020-01-01",
            "step1": "Walk Monday",
            "step1_due": "2026-03-02",
            "step2": "Walk Thursday",
            "step2_due": "",
        },
    )
    assert response.status_code == 302  # a target date in the past is allowed
    goal = Goal.objects.get()
    assert goal.title == "Take a walk" and goal.steps.count() == 2
    assert "Aimed for" in client.get(response.url).content.decode()


def test_ticking_a_step_shows_progress(people):
    goal = make_goal(people)
    step = goal.steps.first()
    client = sign_in(Client(), people.patient)
    client.post(reverse("integration:step_tick", args=[step.pk]), {"back": "/today/"})
    assert Step.objects.get(pk=step.pk).done_at is not None
    assert "1 of 2 steps done" in client.get("/today/").content.decode()
    assert AuditEvent.objects.filter(action="integration.step_toggle").exists()


def test_someone_elses_goal_and_step_are_not_found(people):
    goal = make_goal(people)
    client = sign_in(Client(), people.other_patient)
    assert client.get(reverse("integration:goal", args=[goal.pk])).status_code == 404
    step = goal.steps.first()
    assert client.post(reverse("integration:step_tick", args=[step.pk])).status_code == 404
    assert (
        client.post(reverse("integration:goal", args=[goal.pk]), {"title": "sneaky"}).status_code
        == 404
    )


def test_the_therapist_writes_a_note_the_patient_sees_as_tools_and_homework(people):
    session = IntegrationSession.objects.create(patient=people.pat, status="scheduled")
    prompt = Prompt.objects.get(clinic=people.clinic, key="kind-voice")
    url = reverse("integration:note", args=[people.pat.pk, session.pk])
    assert_access(people, url, {"anonymous": 302, "clinician": 200})
    response = sign_in(Client(), people.clinician).post(
        url,
        {
            "insights": "Fear of being a burden came up",
            "tools": "Box breathing\nName the dip",
            "areas": ["limiting_beliefs"],
            "homework_prompt": prompt.pk,
            "homework_step": "Text one friend",
            "homework_due": "2026-03-20",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == "done" and session.tool_list == ["Box breathing", "Name the dip"]
    assert PromptAssignment.objects.get().prompt == prompt
    assert Step.objects.get().from_session == session
    today = sign_in(Client(), people.patient).get("/today/").content.decode()
    assert "Box breathing" in today and "Text one friend" in today
    assert "burden" not in today  # insights stay with the care team unless shared
    with connection.cursor() as cursor:
        cursor.execute("SELECT insights FROM integration_integrationsession")
        assert "burden" not in cursor.fetchone()[0]


def test_a_note_for_a_patient_not_on_the_care_team_is_not_found(people):
    session = IntegrationSession.objects.create(patient=people.other_patient.patient)
    url = reverse("integration:note", args=[people.other_patient.patient.pk, session.pk])
    assert sign_in(Client(), people.clinician).post(url, {"tools": "x"}).status_code == 404
    wrong = reverse("integration:note", args=[people.pat.pk, session.pk])
    assert sign_in(Client(), people.clinician).get(wrong).status_code == 404


def test_scheduling_and_the_overdue_flag(people, time_machine):
    time_machine.move_to(datetime(2026, 3, 20, 15, tzinfo=UTC), tick=False)
    treatment = completed_session(people.pat, ended=datetime(2026, 3, 10, 17, tzinfo=UTC))
    call_command("raise_due_flags")
    call_command("raise_due_flags")
    flag = Flag.objects.get(kind="overdue_integration")
    assert flag.source_id == str(treatment.pk)
    url = reverse("integration:schedule", args=[people.pat.pk])
    assert_access(
        people,
        url,
        {"anonymous": 302, "clinician": 302},
        method="post",
        data={"scheduled_for": "2026-03-22T10:00", "treatment": treatment.pk},
    )
    assert IntegrationSession.objects.get().treatment == treatment
    page = sign_in(Client(), people.patient).get(reverse("integration:roadmap")).content.decode()
    assert "Your next integration session" in page


def test_the_patient_prepares_an_agenda(people):
    session = IntegrationSession.objects.create(patient=people.pat, status="scheduled")
    url = reverse("integration:agenda", args=[session.pk])
    assert_access(people, url, {"anonymous": 302, "patient": 200})
    sign_in(Client(), people.patient).post(url, {"topics": "My evenings", "goals_note": "ok"})
    session.refresh_from_db()
    assert session.agenda_topics == "My evenings"


def test_the_weekly_review(people):
    make_goal(people)
    client = sign_in(Client(), people.patient)
    assert "A two-minute review" in client.get("/today/").content.decode()
    client.post(reverse("integration:review"), {"went_well": "Walked twice", "was_hard": ""})
    assert "A two-minute review" not in client.get("/today/").content.decode()


def test_integration_pages_authorization(people):
    goal = make_goal(people)
    patients = {"anonymous": 302, "patient": 200, "other_patient": 200}
    for name in ("roadmap", "goal_new", "review"):
        assert_access(people, reverse(f"integration:{name}"), patients)
    assert_access(
        people, reverse("integration:goal", args=[goal.pk]), {"anonymous": 302, "patient": 200}
    )
    assert_access(
        people,
        reverse("integration:goal_status", args=[goal.pk]),
        {"anonymous": 302, "patient": 302},
        method="post",
        data={"status": "paused"},
    )
    assert_access(
        people,
        reverse("integration:patient", args=[people.pat.pk]),
        {"anonymous": 302, "clinician": 200},
    )


def test_the_roadmap_costs_the_same_queries_for_any_number_of_goals(people):
    client = sign_in(Client(), people.patient)
    make_goal(people)

    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("integration:roadmap")).status_code == 200
        return len(ctx.captured_queries)

    few = count()
    for _ in range(5):
        make_goal(people, steps=4)
    # session, user, roles (2), goals, steps, focus, guides, tools, next session, review (2)
    assert count() == few == 13  # with the unread count in the header
    assert date.today()
