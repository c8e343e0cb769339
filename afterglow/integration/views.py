"""Integration: the patient's roadmap and the care team's integration sessions."""

from uuid import UUID
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from afterglow.clinics import access
from afterglow.integration import selectors, services
from afterglow.integration.content import AREA_DESCRIPTIONS
from afterglow.integration.forms import (
    AgendaForm,
    GoalForm,
    NoteForm,
    ReviewForm,
    ScheduleForm,
    StatusForm,
    StepForm,
)
from afterglow.integration.models import IntegrationSession
from afterglow.journal.models import Entry
from afterglow.lib.domains import DIMENSIONS, INTEGRATION_AREAS
from afterglow.safety import language
from afterglow.wellbeing import selectors as wellbeing
from afterglow.wellbeing.models import DIMENSION_LABELS


def roadmap(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    now = timezone.now()
    focus = wellbeing.focus_of(patient)
    context = {
        "goals": selectors.goals_of(patient),
        "focus_guides": [g for g in wellbeing.guides(patient) if g.dimension in focus],
        "tools": selectors.latest_tools(patient),
        "next_session": selectors.next_session(patient, now),
        "review_due": selectors.review_due(patient, now),
        "areas": [(key, label, AREA_DESCRIPTIONS[key]) for key, label in INTEGRATION_AREAS],
    }
    return render(request, "integration/roadmap.html", context)


def goal_new(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    initial = {
        "title": request.GET.get("practice", "")[:200],
        "dimension": request.GET.get("dimension", ""),
    }
    form = GoalForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        goal = services.goal_create(patient=patient, request=request, **form.goal())
        back = reverse("integration:goal", args=[goal.pk])
        page = language.respond(request, form=form, patient=patient, source=goal, back=back)
        return page or redirect(back)
    return render(request, "integration/goal_new.html", {"form": form})


def goal_detail(request: HttpRequest, goal_id: UUID) -> HttpResponse:
    goal = selectors.own_goal(request, goal_id)
    form = StepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        step = services.step_add(goal=goal, request=request, **form.cleaned_data)
        back = reverse("integration:goal", args=[goal.pk])
        page = language.respond(request, form=form, patient=goal.patient, source=step, back=back)
        return page or redirect(back)
    return render(
        request,
        "integration/goal.html",
        {"goal": goal, "form": form, "today": timezone.localdate()},
    )


@require_POST
def goal_status(request: HttpRequest, goal_id: UUID) -> HttpResponse:
    goal = selectors.own_goal(request, goal_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        services.goal_set_status(goal=goal, status=form.cleaned_data["status"], request=request)
    return redirect("integration:goal", goal_id=goal.pk)


@require_POST
def step_tick(request: HttpRequest, step_id: UUID) -> HttpResponse:
    step = selectors.own_step(request, step_id)
    services.step_toggle(step=step, request=request)
    back = request.POST.get("back", "")
    return redirect(
        back if back in ("/today/", "/integration/") else f"/integration/goals/{step.goal_id}/"
    )


def review(request: HttpRequest) -> HttpResponse:
    patient = access.own_patient(request)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        done = services.review_submit(patient=patient, request=request, **form.cleaned_data)
        back = reverse("integration:roadmap")
        if page := language.respond(request, form=form, patient=patient, source=done, back=back):
            return page
        messages.success(request, gettext("Thank you. Small steps count."))
        return redirect(back)
    return render(
        request, "integration/review.html", {"form": form, "goals": selectors.goals_of(patient)}
    )


def agenda(request: HttpRequest, session_id: UUID) -> HttpResponse:
    session = selectors.own_session(request, session_id)
    form = AgendaForm(
        request.POST or None,
        initial={"topics": session.agenda_topics or "", "goals_note": session.agenda_goals or ""},
    )
    if request.method == "POST" and form.is_valid():
        services.agenda_save(
            session=session,
            topics=form.cleaned_data["topics"],
            goals_note=form.cleaned_data["goals_note"],
            request=request,
        )
        back = reverse("integration:roadmap")
        page = language.respond(
            request, form=form, patient=session.patient, source=session, back=back
        )
        if page is not None:
            return page
        messages.success(request, gettext("Your notes for the session are saved."))
        return redirect(back)
    marked = Entry.objects.filter(patient=session.patient, for_next_session=True)
    return render(
        request, "integration/agenda.html", {"form": form, "session": session, "marked": marked}
    )


def patient_view(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="integration.view")
    assessments = wellbeing.history(patient)
    with timezone.override(ZoneInfo(patient.time_zone)):
        schedule = ScheduleForm(patient=patient)
    context = {
        "patient": patient,
        "assessments": assessments,
        "moved": wellbeing.moved_most(assessments),
        "focus": [DIMENSION_LABELS[key] for key in wellbeing.focus_of(patient)],
        "goals": selectors.goals_of(patient),
        "sessions": selectors.sessions_of(patient),
        "overdue": selectors.overdue(patient, timezone.now()),
        "schedule": schedule,
        "dimensions": DIMENSIONS,
        "now": timezone.now(),
    }
    return render(request, "integration/patient.html", context)


@require_POST
def session_schedule(request: HttpRequest, patient_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="integration.schedule")
    with timezone.override(ZoneInfo(patient.time_zone)):
        form = ScheduleForm(request.POST, patient=patient)
        if form.is_valid():
            services.session_schedule(
                patient=patient, by=request.user, request=request, **form.cleaned_data
            )
            messages.success(request, gettext("Integration session scheduled."))
        else:
            messages.error(request, gettext("Choose a day and time for the session."))
    return redirect("integration:patient", patient_id=patient.pk)


def session_note(request: HttpRequest, patient_id: UUID, session_id: UUID) -> HttpResponse:
    access.require_clinician(request)
    patient = access.patient_for_care_team(request, patient_id, action="integration.note_view")
    session = IntegrationSession.objects.filter(pk=session_id, patient=patient).first()
    if session is None:
        raise Http404
    initial = {
        "insights": session.insights or "",
        "insights_shared": session.insights_shared,
        "tools": session.tools or "",
        "areas": session.areas,
    }
    form = NoteForm(request.POST or None, initial=initial, clinic=patient.clinic, session=session)
    if request.method == "POST" and form.is_valid():
        services.note_write(session=session, by=request.user, request=request, **form.cleaned_data)
        messages.success(request, gettext("Note saved. The tools and homework are on their Today."))
        return redirect("integration:patient", patient_id=patient.pk)
    marked = Entry.objects.filter(patient=patient, for_next_session=True, shared_at__isnull=False)
    return render(
        request,
        "integration/note.html",
        {"form": form, "patient": patient, "session": session, "marked": marked},
    )
