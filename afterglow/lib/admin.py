"""Django admin scoped to a clinic: a clinic admin sees and manages only their own clinic."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest


def admin_clinic_ids(request: HttpRequest) -> list[int]:
    from afterglow.clinics.access import roles_of

    return [clinic.id for clinic in roles_of(request.user).admin_clinics]


class ClinicScopedPermissions:
    """Superusers may do anything; a clinic admin may do what ``allowed`` names."""

    allowed: frozenset[str] = frozenset({"view", "change"})

    def _may(self, request: HttpRequest, operation: str) -> bool:
        if request.user.is_superuser:
            return True
        return operation in self.allowed and bool(admin_clinic_ids(request))

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "view")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "change")

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return self._may(request, "add")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request, "delete")


class ClinicScopedAdmin(ClinicScopedPermissions, admin.ModelAdmin):
    clinic_path = "clinic"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(**{f"{self.clinic_path}__in": admin_clinic_ids(request)}).distinct()

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        """A clinic admin picks only their own clinic."""
        if db_field.name == "clinic" and not request.user.is_superuser:
            from afterglow.clinics.models import Clinic

            kwargs["queryset"] = Clinic.objects.filter(id__in=admin_clinic_ids(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._may(request, "view")
