from django.contrib import admin

from afterglow.lib.admin import ClinicScopedAdmin
from afterglow.outcomes.models import OutcomeSettings


@admin.register(OutcomeSettings)
class OutcomeSettingsAdmin(ClinicScopedAdmin):
    """When questionnaires are due after the baseline (every 14 days unless set here)."""

    allowed = frozenset({"view", "change", "add"})
    list_display = ["clinic", "rule"]
