from typing import Any

from django.contrib import admin
from django.db.models import Q, QuerySet
from django.http import HttpRequest

from afterglow.accounts.models import Invitation, User
from afterglow.lib.admin import ClinicScopedAdmin, admin_clinic_ids


@admin.register(User)
class UserAdmin(ClinicScopedAdmin):
    list_display = ["full_name", "email", "is_active", "date_joined"]
    search_fields = ["full_name", "email"]
    fields = ["email", "full_name", "preferred_name", "time_zone", "is_active"]
    readonly_fields = ["email"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        qs = admin.ModelAdmin.get_queryset(self, request)
        if request.user.is_superuser:
            return qs
        clinics = admin_clinic_ids(request)
        return qs.filter(
            Q(memberships__clinic__in=clinics) | Q(patient__clinic__in=clinics)
        ).distinct()


@admin.register(Invitation)
class InvitationAdmin(ClinicScopedAdmin):
    allowed = frozenset({"view"})
    list_display = ["email", "role", "clinic", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role"]
    exclude = ["token_hash"]
