from django.urls import path

from afterglow.outcomes import views

app_name = "outcomes"

urlpatterns = [
    path("", views.home, name="home"),
    path("patients/<uuid:patient_id>/", views.patient_history, name="patient"),
    path("daily/", views.daily, name="daily"),
    path("mood/", views.mood_own, name="mood"),
    path("mood/chart.svg", views.mood_own_chart, name="mood_chart"),
    path("patients/<uuid:patient_id>/mood/", views.mood_patient, name="patient_mood"),
    path(
        "patients/<uuid:patient_id>/mood/chart.svg",
        views.mood_patient_chart,
        name="patient_mood_chart",
    ),
    # Before "<str:code>/", which would take "screener" for a questionnaire's code.
    path("screener/", views.screener, name="screener"),
    path("screener/<uuid:screening_id>/", views.screening, name="screening"),
    path("<str:code>/", views.fill, name="fill"),
]
