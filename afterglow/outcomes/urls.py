from django.urls import path

from afterglow.outcomes import views

app_name = "outcomes"

urlpatterns = [
    path("", views.home, name="home"),
    path("patients/<uuid:patient_id>/", views.patient_history, name="patient"),
    path("<str:code>/", views.fill, name="fill"),
]
