from django.apps import AppConfig


class AftercareConfig(AppConfig):
    name = "afterglow.aftercare"
    label = "aftercare"
    verbose_name = "Aftercare (the first 24 hours)"

    def ready(self) -> None:
        from afterglow.aftercare import signals  # noqa: F401
