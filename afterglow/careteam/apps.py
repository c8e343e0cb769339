from django.apps import AppConfig


class CareteamConfig(AppConfig):
    name = "afterglow.careteam"
    label = "careteam"
    verbose_name = "Care team workspace"
