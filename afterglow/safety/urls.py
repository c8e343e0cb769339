from django.urls import path

from afterglow.safety import views
from afterglow.safety.language import views as language

app_name = "safety"

urlpatterns = [
    path("crisis/", views.crisis, name="crisis"),
    path("words/<uuid:check_id>/tell/", language.tell_team, name="language_tell"),
    path("words/<uuid:check_id>/not-now/", language.decline, name="language_decline"),
    path("flags/<uuid:flag_id>/acknowledge/", views.flag_acknowledge, name="flag_acknowledge"),
    path("flags/<uuid:flag_id>/resolve/", views.flag_resolve, name="flag_resolve"),
]
