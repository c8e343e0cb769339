from django.contrib import admin

from afterglow.aftercare.models import FeelingSuggestion, SafetyRule, SelfCareItem
from afterglow.lib.admin import ClinicScopedAdmin

CONTENT = frozenset({"view", "change", "add"})


@admin.register(SelfCareItem)
class SelfCareItemAdmin(ClinicScopedAdmin):
    allowed = CONTENT
    list_display = ["title", "kind", "order", "active"]
    list_editable = ["order", "active"]


@admin.register(SafetyRule)
class SafetyRuleAdmin(ClinicScopedAdmin):
    allowed = CONTENT
    list_display = ["title", "moment", "modality", "source", "order", "active"]
    list_filter = ["moment", "modality", "source"]


@admin.register(FeelingSuggestion)
class FeelingSuggestionAdmin(ClinicScopedAdmin):
    allowed = CONTENT
    list_display = ["feeling", "title", "puts_first", "offer_care_team"]
