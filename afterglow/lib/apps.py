from django.apps import AppConfig


class LibConfig(AppConfig):
    """Shared helpers; an app only so that ``rotate_keys`` is a management command."""

    name = "afterglow.lib"
    label = "lib"
