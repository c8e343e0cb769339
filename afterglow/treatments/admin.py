from django.contrib import admin

from afterglow.lib.admin import ClinicScopedAdmin, ClinicScopedPermissions
from afterglow.treatments.models import Protocol, ProtocolStep

PROTOCOL_EDITS = frozenset({"view", "change", "add", "delete"})


class StepInline(ClinicScopedPermissions, admin.TabularInline):
    model = ProtocolStep
    extra = 0
    allowed = PROTOCOL_EDITS


@admin.register(Protocol)
class ProtocolAdmin(ClinicScopedAdmin):
    allowed = frozenset({"view", "change", "add"})
    list_display = ["name", "modality", "source"]
    inlines = [StepInline]
