from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "afterglow.safety"
    label = "safety"
    verbose_name = "Safety"
