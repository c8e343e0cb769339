from django.apps import AppConfig


class TestingConfig(AppConfig):
    """Installed by the test settings alone: models that exercise shared machinery."""

    name = "afterglow.testing"
    label = "testing"
