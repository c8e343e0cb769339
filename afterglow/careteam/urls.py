from django.urls import path

from afterglow.careteam import views

app_name = "careteam"

urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("<uuid:patient_id>/", views.patient_detail, name="patient"),
]
