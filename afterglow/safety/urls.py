from django.urls import path

from afterglow.safety import views

app_name = "safety"

urlpatterns = [
    path("crisis/", views.crisis, name="crisis"),
    path("flags/<uuid:flag_id>/acknowledge/", views.flag_acknowledge, name="flag_acknowledge"),
    path("flags/<uuid:flag_id>/resolve/", views.flag_resolve, name="flag_resolve"),
]
