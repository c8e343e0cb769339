from django.apps import AppConfig


class AftercareConfig(AppConfig):
    name = "afterglow.aftercare"
    label = "aftercare"
    verbose_name = "Aftercare (the first 24 hours)"

    def ready(self) -> None:
        from afterglow.aftercare.content import seed_clinic
        from afterglow.aftercare.demo import add_demo_check_ins
        from afterglow.clinics.hooks import CLINIC_DEFAULTS, DEMO_EXTENSIONS, register

        register(CLINIC_DEFAULTS, seed_clinic)
        register(DEMO_EXTENSIONS, add_demo_check_ins)
