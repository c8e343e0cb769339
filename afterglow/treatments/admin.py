from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from afterglow.lib.admin import ClinicScopedAdmin, admin_clinic_ids
from afterglow.treatments.models import Protocol, ProtocolStep


class StepInline(admin.TabularInline):
    model = ProtocolStep
    extra = 0

    def _may(self, request: HttpRequest) -> bool:
        return request.user.is_superuser or bool(admin_clinic_ids(request))

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)


@admin.register(Protocol)
class ProtocolAdmin(ClinicScopedAdmin):
    allowed = frozenset({"view", "change", "add"})
    list_display = ["name", "modality", "source"]
    inlines = [StepInline]
