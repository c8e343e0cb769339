from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    name = "afterglow.treatments"
    label = "treatments"
    verbose_name = "Treatments and maintenance plans"

    def ready(self) -> None:
        from afterglow.clinics.demo import DEMO_EXTENSIONS
        from afterglow.treatments import signals  # noqa: F401
        from afterglow.treatments.demo import add_demo_treatments

        if add_demo_treatments not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(add_demo_treatments)
