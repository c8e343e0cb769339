from django.urls import path

from afterglow.data import views

app_name = "data"

urlpatterns = [
    path("", views.home, name="home"),
    path("download/", views.download, name="download"),
    path("delete/", views.delete, name="delete"),
    path("erased/", views.erased, name="erased"),
    path("patients/<uuid:patient_id>/erase/", views.staff_erase, name="staff_erase"),
]
