from django.contrib import admin

from afterglow.lib.admin import ClinicScopedAdmin
from afterglow.wellbeing.models import DimensionGuide


@admin.register(DimensionGuide)
class DimensionGuideAdmin(ClinicScopedAdmin):
    list_display = ["dimension", "description"]
