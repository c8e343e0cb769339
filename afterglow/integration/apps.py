from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationConfig(AppConfig):
    name = "afterglow.integration"
    label = "integration"
    verbose_name = _("Integration (goals, steps, sessions)")

    def ready(self) -> None:
        from afterglow.clinics.hooks import DEMO_EXTENSIONS, register
        from afterglow.integration.demo import add_demo_integration
        from afterglow.integration.selectors import focus_keys
        from afterglow.journal.selectors import FOCUS_SOURCES

        register(DEMO_EXTENSIONS, add_demo_integration)
        register(FOCUS_SOURCES, focus_keys)
