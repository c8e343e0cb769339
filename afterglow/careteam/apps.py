from django.apps import AppConfig


class CareteamConfig(AppConfig):
    name = "afterglow.careteam"
    label = "careteam"
    verbose_name = "Care team workspace"

    def ready(self) -> None:
        from afterglow.careteam import summary

        summary.connect()
