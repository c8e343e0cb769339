from django.apps import AppConfig


class AftercareConfig(AppConfig):
    name = "afterglow.aftercare"
    label = "aftercare"
    verbose_name = "Aftercare (the first 24 hours)"

    def ready(self) -> None:
        from afterglow.aftercare import signals  # noqa: F401
        from afterglow.aftercare.demo import add_demo_check_ins
        from afterglow.clinics.demo import DEMO_EXTENSIONS

        if add_demo_check_ins not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(add_demo_check_ins)
