from django.urls import path

from afterglow.treatments import views

app_name = "treatments"

urlpatterns = [
    path("", views.my_treatments, name="mine"),
    path("sessions/<uuid:session_id>/intention/", views.intention_edit, name="intention"),
    path(
        "sessions/<uuid:session_id>/intention/share/",
        views.intention_share,
        name="intention_share",
    ),
    path("patients/<uuid:patient_id>/sessions/new/", views.session_new, name="session_new"),
    path(
        "patients/<uuid:patient_id>/sessions/<uuid:session_id>/",
        views.session_edit,
        name="session_edit",
    ),
    path("patients/<uuid:patient_id>/plan/", views.plan_edit, name="plan_edit"),
    path(
        "patients/<uuid:patient_id>/sessions/<uuid:session_id>/monitoring/",
        views.monitoring,
        name="monitoring",
    ),
    path(
        "patients/<uuid:patient_id>/sessions/<uuid:session_id>/monitoring/summary/",
        views.monitoring_summary,
        name="monitoring_summary",
    ),
]
