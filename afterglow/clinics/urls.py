from django.urls import path

from afterglow.clinics import views

app_name = "clinics"

urlpatterns = [
    path("", views.clinic_home, name="home"),
    path("invitations/new/", views.invitation_new, name="invitation_new"),
    path("invitations/<int:pk>/revoke/", views.invitation_revoke, name="invitation_revoke"),
    path("staff/<int:user_id>/reset-two-step/", views.staff_mfa_reset, name="staff_mfa_reset"),
]
