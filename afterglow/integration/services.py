"""Writes for integration: goals and steps, reviews, integration sessions and their notes."""

from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from afterglow.audit.services import record
from afterglow.clinics.models import Patient
from afterglow.integration.models import (
    Goal,
    IntegrationSession,
    SessionStatus,
    Step,
    WeeklyReview,
)
from afterglow.journal.models import Prompt
from afterglow.journal.services import prompt_assign
from afterglow.lib.language import speaking

# Written in the patient's language when it is made: from then on it is their goal's title.
HOMEWORK_GOAL = gettext_noop("From my integration sessions")


def goal_create(
    *,
    patient: Patient,
    title: str,
    why: str,
    dimension: str,
    area: str,
    target_date: date | None,
    steps: list[tuple[str, date | None]],
    request: HttpRequest | None,
) -> Goal:
    goal = Goal(
        patient=patient,
        title=title.strip(),
        why=why.strip() or None,
        dimension=dimension,
        area=area,
        target_date=target_date,
    )
    goal.full_clean()
    with transaction.atomic():
        goal.save()
        for step_title, due in steps:
            if step_title.strip():
                Step.objects.create(goal=goal, title=step_title.strip(), due_date=due)
        record(
            action="integration.goal_create",
            request=request,
            patient=patient,
            obj=goal,
            detail={"steps": len([s for s in steps if s[0].strip()])},
        )
    return goal


def goal_set_status(*, goal: Goal, status: str, request: HttpRequest | None) -> Goal:
    goal.status = status
    goal.full_clean()
    with transaction.atomic():
        goal.save(update_fields=["status"])
        record(
            action="integration.goal_status",
            request=request,
            patient=goal.patient,
            obj=goal,
            detail={"status": status},
        )
    return goal


def step_add(
    *,
    goal: Goal,
    title: str,
    due_date: date | None,
    request: HttpRequest | None,
    by: Any = None,
    from_session: IntegrationSession | None = None,
) -> Step:
    step = Step(goal=goal, title=title.strip(), due_date=due_date, from_session=from_session)
    step.full_clean()
    with transaction.atomic():
        step.save()
        record(
            action="integration.step_add", actor=by, request=request, patient=goal.patient, obj=step
        )
    return step


def step_toggle(*, step: Step, request: HttpRequest | None) -> Step:
    step.done_at = None if step.done_at else timezone.now()
    with transaction.atomic():
        step.save(update_fields=["done_at"])
        record(
            action="integration.step_toggle",
            request=request,
            patient=step.goal.patient,
            obj=step,
            detail={"done": step.done_at is not None},
        )
    return step


def review_submit(
    *, patient: Patient, went_well: str, was_hard: str, request: HttpRequest | None
) -> WeeklyReview:
    review = WeeklyReview(
        patient=patient, went_well=went_well.strip() or None, was_hard=was_hard.strip() or None
    )
    with transaction.atomic():
        review.save()
        record(action="integration.review", request=request, patient=patient, obj=review)
    return review


def session_schedule(
    *,
    patient: Patient,
    by: Any,
    scheduled_for: datetime | None,
    treatment: Any,
    request: HttpRequest | None,
) -> IntegrationSession:
    session = IntegrationSession(
        patient=patient,
        therapist=by,
        scheduled_for=scheduled_for,
        treatment=treatment,
        status=SessionStatus.SCHEDULED,
    )
    session.full_clean()
    with transaction.atomic():
        session.save()
        record(
            action="integration.session_schedule",
            actor=by,
            request=request,
            patient=patient,
            obj=session,
        )
    return session


def agenda_save(
    *, session: IntegrationSession, topics: str, goals_note: str, request: HttpRequest | None
) -> IntegrationSession:
    session.agenda_topics = topics.strip() or None
    session.agenda_goals = goals_note.strip() or None
    with transaction.atomic():
        session.save()
        record(action="integration.agenda", request=request, patient=session.patient, obj=session)
    return session


def note_write(
    *,
    session: IntegrationSession,
    by: Any,
    insights: str,
    insights_shared: bool,
    tools: str,
    areas: list[str],
    homework_prompt: Prompt | None,
    homework_step: str,
    homework_due: date | None,
    request: HttpRequest | None,
) -> IntegrationSession:
    """The therapist's note: insights (care team only unless shared), tools and homework,
    which the patient sees on Today and in their roadmap."""
    session.insights = insights.strip() or None
    session.insights_shared = insights_shared
    session.tools = tools.strip() or None
    session.areas = areas
    session.status = SessionStatus.DONE
    session.therapist = session.therapist or by
    session.note_written_at = timezone.now()
    session.full_clean()
    with transaction.atomic():
        session.save()
        record(
            action="integration.note",
            actor=by,
            request=request,
            patient=session.patient,
            obj=session,
            detail={
                "homework_prompt": homework_prompt is not None,
                "homework_step": bool(homework_step.strip()),
            },
        )
        if homework_prompt is not None:
            prompt_assign(patient=session.patient, prompt=homework_prompt, by=by, request=request)
        if homework_step.strip():
            goal = Goal.objects.filter(patient=session.patient, homework=True).first()
            if goal is None:
                with speaking(session.patient.user):
                    title = gettext(HOMEWORK_GOAL)
                goal = Goal.objects.create(patient=session.patient, title=title, homework=True)
            step_add(
                goal=goal,
                title=homework_step,
                due_date=homework_due,
                request=request,
                by=by,
                from_session=session,
            )
    return session
