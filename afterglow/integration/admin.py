from django.contrib import admin

from afterglow.integration.models import IntegrationSettings
from afterglow.lib.admin import ClinicScopedAdmin


@admin.register(IntegrationSettings)
class IntegrationSettingsAdmin(ClinicScopedAdmin):
    """Days after a treatment by which an integration session is expected (7 unless set)."""

    allowed = frozenset({"view", "change", "add"})
    list_display = ["clinic", "days_after_treatment"]
