from django.apps import AppConfig


class WellbeingConfig(AppConfig):
    name = "afterglow.wellbeing"
    label = "wellbeing"
    verbose_name = "Wellbeing (the Happiness Circle)"

    def ready(self) -> None:
        from afterglow.clinics.hooks import CLINIC_DEFAULTS, register
        from afterglow.wellbeing.content import seed_clinic

        register(CLINIC_DEFAULTS, seed_clinic)
