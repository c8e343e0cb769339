from django.urls import path

from afterglow.aftercare import companion_views, views

app_name = "aftercare"

urlpatterns = [
    path("companion/", companion_views.links, name="companion"),
    path("companion/<uuid:link_id>/revoke/", companion_views.revoke, name="companion_revoke"),
    path(
        "patients/<uuid:patient_id>/companion/",
        companion_views.links_for_patient,
        name="patient_companion",
    ),
    path(
        "patients/<uuid:patient_id>/companion/<uuid:link_id>/revoke/",
        companion_views.revoke_for_patient,
        name="patient_companion_revoke",
    ),
    path("<uuid:session_id>/feeling/", views.feeling, name="feeling"),
    path("<uuid:session_id>/items/<int:item_id>/", views.tick, name="tick"),
    path("<uuid:session_id>/water/", views.water, name="water"),
    path("<uuid:session_id>/reflection/", views.reflection, name="reflection"),
    path("<uuid:session_id>/check-in/<str:kind>/", views.check_in, name="check_in"),
]
