from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "afterglow.api"
    verbose_name = "API"
