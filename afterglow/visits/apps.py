from django.apps import AppConfig


class VisitsConfig(AppConfig):
    name = "afterglow.visits"
    label = "visits"
    verbose_name = "Visits"
