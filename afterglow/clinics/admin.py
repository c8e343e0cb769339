from typing import Any

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.http import HttpRequest

from afterglow.audit.services import record
from afterglow.clinics import services
from afterglow.clinics.models import CareTeamMember, Clinic, Membership, Patient, Role
from afterglow.lib.admin import ClinicScopedAdmin, admin_clinic_ids


@admin.register(Clinic)
class ClinicAdmin(ClinicScopedAdmin):
    clinic_path = "id"
    list_display = ["name", "time_zone", "phone", "crisis_line"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if request.user.is_superuser else ("slug",)


@admin.register(Membership)
class MembershipAdmin(ClinicScopedAdmin):
    allowed = frozenset({"view", "change", "delete"})
    list_display = ["user", "role", "title", "clinic"]
    list_filter = ["role"]
    search_fields = ["user__full_name", "user__email"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if request.user.is_superuser else ("user", "clinic")

    def save_model(self, request: HttpRequest, obj: Membership, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        record(
            action="role.change" if change else "role.grant",
            request=request,
            clinic=obj.clinic,
            obj=obj,
            detail={"role": obj.role, "user_id": obj.user_id},
        )

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        services.membership_revoke(membership=obj, by=request.user, request=request)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Membership]) -> None:
        for membership in queryset:
            self.delete_model(request, membership)


@admin.register(Patient)
class PatientAdmin(ClinicScopedAdmin):
    list_display = ["user", "clinic", "created_at"]
    search_fields = ["user__full_name", "user__email"]
    fields = [
        "user",
        "clinic",
        "date_of_birth",
        "emergency_contact_name",
        "emergency_contact_phone",
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return () if request.user.is_superuser else ("user", "clinic")


@admin.register(CareTeamMember)
class CareTeamMemberAdmin(ClinicScopedAdmin):
    clinic_path = "patient__clinic"
    allowed = frozenset({"view", "add", "delete"})
    list_display = ["patient", "clinician", "added_at"]
    search_fields = ["patient__user__full_name", "clinician__full_name"]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if not request.user.is_superuser:
            clinics = admin_clinic_ids(request)
            if db_field.name == "patient":
                kwargs["queryset"] = Patient.objects.filter(clinic__in=clinics)
            elif db_field.name == "clinician":
                kwargs["queryset"] = (
                    get_user_model()
                    .objects.filter(
                        memberships__clinic__in=clinics, memberships__role=Role.CLINICIAN
                    )
                    .distinct()
                )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(
        self, request: HttpRequest, obj: CareTeamMember, form: Any, change: bool
    ) -> None:
        link = services.care_team_add(
            patient=obj.patient, clinician=obj.clinician, by=request.user, request=request
        )
        obj.pk = link.pk

    def delete_model(self, request: HttpRequest, obj: CareTeamMember) -> None:
        services.care_team_remove(link=obj, by=request.user, request=request)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[CareTeamMember]) -> None:
        for link in queryset:
            self.delete_model(request, link)
