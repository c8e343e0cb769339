from django.apps import AppConfig


class ClinicsConfig(AppConfig):
    name = "afterglow.clinics"
    label = "clinics"
    verbose_name = "Clinics and care teams"

    def ready(self) -> None:
        from afterglow.clinics import hooks  # noqa: F401 (connects the new-clinic receiver)
