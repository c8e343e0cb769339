from django.urls import path

from afterglow.journal import views

app_name = "journal"

urlpatterns = [
    path("", views.journal_list, name="list"),
    path("new/", views.entry_new, name="new"),
    path("quick/", views.quick, name="quick"),
    path("draft/", views.draft_save, name="draft"),
    path("calendar/", views.month, name="calendar"),
    path("export.<str:fmt>", views.export, name="export"),
    path("import/", views.import_jrnl, name="import"),
    path("<uuid:entry_id>/", views.entry_detail, name="entry"),
    path("<uuid:entry_id>/edit/", views.entry_edit, name="edit"),
    path("<uuid:entry_id>/delete/", views.entry_delete, name="delete"),
    path("<uuid:entry_id>/share/", views.entry_share, name="share"),
    path("<uuid:entry_id>/mark/", views.entry_mark, name="mark"),
    path("patients/<uuid:patient_id>/", views.shared_list, name="shared_list"),
    path(
        "patients/<uuid:patient_id>/entries/<uuid:entry_id>/",
        views.shared_entry,
        name="shared_entry",
    ),
    path("patients/<uuid:patient_id>/assign-prompt/", views.assign_prompt, name="assign_prompt"),
]
