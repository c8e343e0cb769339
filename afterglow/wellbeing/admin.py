from django.contrib import admin

from afterglow.lib.admin import ClinicScopedAdmin
from afterglow.wellbeing.models import DimensionGuide, WellbeingSettings


@admin.register(DimensionGuide)
class DimensionGuideAdmin(ClinicScopedAdmin):
    list_display = ["dimension", "description"]


@admin.register(WellbeingSettings)
class WellbeingSettingsAdmin(ClinicScopedAdmin):
    """How often the circle is due again (28 days unless set here)."""

    allowed = frozenset({"view", "change", "add"})
    list_display = ["clinic", "reassess_days"]
