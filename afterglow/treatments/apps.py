from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TreatmentsConfig(AppConfig):
    name = "afterglow.treatments"
    label = "treatments"
    verbose_name = _("Treatments and maintenance plans")

    def ready(self) -> None:
        from afterglow.clinics.hooks import CLINIC_DEFAULTS, DEMO_EXTENSIONS, register
        from afterglow.treatments.defaults import seed_clinic
        from afterglow.treatments.demo import add_demo_treatments

        register(CLINIC_DEFAULTS, seed_clinic)
        register(DEMO_EXTENSIONS, add_demo_treatments)
