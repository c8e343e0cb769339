from django.apps import AppConfig


class WellbeingConfig(AppConfig):
    name = "afterglow.wellbeing"
    label = "wellbeing"
    verbose_name = "Wellbeing (the Happiness Circle)"

    def ready(self) -> None:
        from afterglow.wellbeing import signals  # noqa: F401
