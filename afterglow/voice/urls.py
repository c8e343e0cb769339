from django.urls import path

from afterglow.voice import views

app_name = "voice"

urlpatterns = [
    path("record/", views.record_page, name="record"),
    path("notes/<uuid:note_id>/", views.note_detail, name="note"),
    path("notes/<uuid:note_id>/audio", views.audio, name="audio"),
    path("notes/<uuid:note_id>/upload/", views.upload_status, name="upload_status"),
    path("notes/<uuid:note_id>/chunks/<int:index>", views.chunk, name="chunk"),
    path("notes/<uuid:note_id>/finish/", views.finish, name="finish"),
    path("notes/<uuid:note_id>/share/", views.share, name="share"),
    path("notes/<uuid:note_id>/delete/", views.delete, name="delete"),
    path(
        "patients/<uuid:patient_id>/notes/<uuid:note_id>/audio",
        views.shared_audio,
        name="shared_audio",
    ),
]
