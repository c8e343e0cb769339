from django.urls import path

from afterglow.outcomes import views

app_name = "outcomes"

urlpatterns = [
    path("", views.home, name="home"),
    path("patients/<uuid:patient_id>/", views.patient_history, name="patient"),
    # Before "<str:code>/", which would take "screener" for a questionnaire's code.
    path("screener/", views.screener, name="screener"),
    path("screener/<uuid:screening_id>/", views.screening, name="screening"),
    path("<str:code>/", views.fill, name="fill"),
]
