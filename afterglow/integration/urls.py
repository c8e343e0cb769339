from django.urls import path

from afterglow.integration import views

app_name = "integration"

urlpatterns = [
    path("", views.roadmap, name="roadmap"),
    path("goals/new/", views.goal_new, name="goal_new"),
    path("goals/<uuid:goal_id>/", views.goal_detail, name="goal"),
    path("goals/<uuid:goal_id>/status/", views.goal_status, name="goal_status"),
    path("steps/<uuid:step_id>/tick/", views.step_tick, name="step_tick"),
    path("review/", views.review, name="review"),
    path("sessions/<uuid:session_id>/prepare/", views.agenda, name="agenda"),
    path("patients/<uuid:patient_id>/", views.patient_view, name="patient"),
    path("patients/<uuid:patient_id>/sessions/new/", views.session_schedule, name="schedule"),
    path(
        "patients/<uuid:patient_id>/sessions/<uuid:session_id>/note/",
        views.session_note,
        name="note",
    ),
]
