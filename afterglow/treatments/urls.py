from django.urls import path

from afterglow.treatments import views

app_name = "treatments"

urlpatterns = [
    path("", views.my_treatments, name="mine"),
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
