from django.urls import path

from afterglow.clinics.views import content, home, patients, staff

app_name = "clinics"

urlpatterns = [
    path("", home.clinic_home, name="home"),
    path("invitations/new/", home.invitation_new, name="invitation_new"),
    path("invitations/<int:pk>/revoke/", home.invitation_revoke, name="invitation_revoke"),
    path("staff/", staff.staff_list, name="staff"),
    path("staff/<int:user_id>/", staff.staff_member, name="staff_member"),
    path("staff/<int:user_id>/deactivate/", staff.staff_deactivate_view, name="staff_deactivate"),
    path("staff/<int:user_id>/reactivate/", staff.staff_reactivate_view, name="staff_reactivate"),
    path("staff/<int:user_id>/reset-two-step/", home.staff_mfa_reset, name="staff_mfa_reset"),
    path("patients/", patients.patient_list, name="patients"),
    path("patients/import/", patients.patient_import, name="patient_import"),
    path(
        "patients/<uuid:patient_id>/care-team/",
        patients.patient_care_team,
        name="patient_care_team",
    ),
    path("settings/", content.clinic_settings, name="settings"),
    path("content/<slug:kind>/", content.content_list, name="content"),
    path("content/<slug:kind>/new/", content.content_edit, name="content_new"),
    path("content/<slug:kind>/<int:pk>/", content.content_edit, name="content_edit"),
]
