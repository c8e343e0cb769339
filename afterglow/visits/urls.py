from django.urls import path

from afterglow.visits import views

app_name = "visits"

urlpatterns = [
    path("", views.prepare, name="prepare"),
    path("unshare/", views.unshare, name="unshare"),
    path("patients/<uuid:patient_id>/", views.patient_summary, name="patient"),
    path("patients/<uuid:patient_id>/print/", views.patient_print, name="print"),
]
