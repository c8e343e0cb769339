from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "afterglow.ops"
    verbose_name = "Operations"
