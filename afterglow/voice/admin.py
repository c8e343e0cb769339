from django.contrib import admin

from afterglow.lib.admin import ClinicScopedAdmin
from afterglow.voice.models import VoicePolicy


@admin.register(VoicePolicy)
class VoicePolicyAdmin(ClinicScopedAdmin):
    """The clinic's longest voice note (10 minutes when no policy is set)."""

    allowed = frozenset({"view", "change", "add"})
    list_display = ["clinic", "max_minutes"]
