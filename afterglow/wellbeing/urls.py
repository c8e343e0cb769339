from django.urls import path

from afterglow.wellbeing import views

app_name = "wellbeing"

urlpatterns = [
    path("", views.circle, name="circle"),
    path("assess/", views.assess, name="assess"),
    path("focus/", views.focus, name="focus"),
    path("chart.svg", views.chart_own, name="chart"),
    path("patients/<uuid:patient_id>/chart.svg", views.chart_patient, name="patient_chart"),
]
