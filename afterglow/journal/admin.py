from django.contrib import admin

from afterglow.journal.models import Prompt
from afterglow.lib.admin import ClinicScopedAdmin


@admin.register(Prompt)
class PromptAdmin(ClinicScopedAdmin):
    allowed = frozenset({"view", "change", "add"})
    list_display = ["key", "text", "active"]
    list_filter = ["active"]
