from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from afterglow.audit.models import AuditEvent
from afterglow.lib.admin import ClinicScopedAdmin


@admin.register(AuditEvent)
class AuditEventAdmin(ClinicScopedAdmin):
    """Read-only. Filters by action, outcome, date; search by patient or staff member."""

    allowed = frozenset({"view"})
    list_display = ["created_at", "actor", "action", "patient", "outcome", "ip"]
    list_filter = ["action", "outcome", ("created_at", admin.DateFieldListFilter)]
    search_fields = ["actor__email", "actor__full_name", "patient__user__full_name", "object_id"]
    list_select_related = ["actor", "patient__user"]
    date_hierarchy = "created_at"

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return [f.name for f in AuditEvent._meta.fields]

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
