from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WellbeingConfig(AppConfig):
    name = "afterglow.wellbeing"
    label = "wellbeing"
    verbose_name = _("Wellbeing (the Happiness Circle)")

    def ready(self) -> None:
        from afterglow.clinics.hooks import CLINIC_DEFAULTS, register
        from afterglow.journal.selectors import FOCUS_SOURCES
        from afterglow.wellbeing.content import seed_clinic
        from afterglow.wellbeing.selectors import focus_keys

        register(CLINIC_DEFAULTS, seed_clinic)
        register(FOCUS_SOURCES, focus_keys)
