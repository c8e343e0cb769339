from django.apps import AppConfig


class ClinicsConfig(AppConfig):
    name = "afterglow.clinics"
    label = "clinics"
    verbose_name = "Clinics and care teams"
