from django.urls import path

from afterglow.conversations import views

app_name = "conversations"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("inbox/", views.inbox, name="inbox"),
    path("settings/", views.clinic_settings, name="settings"),
    path("patients/<uuid:patient_id>/", views.patient_conversation, name="patient"),
    path("patients/<uuid:patient_id>/hand/", views.hand, name="hand"),
    path("patients/<uuid:patient_id>/done/", views.done, name="done"),
]
