from django.apps import AppConfig


class IntegrationConfig(AppConfig):
    name = "afterglow.integration"
    label = "integration"
    verbose_name = "Integration (goals, steps, sessions)"

    def ready(self) -> None:
        from afterglow.clinics.demo import DEMO_EXTENSIONS
        from afterglow.integration.demo import add_demo_integration

        if add_demo_integration not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(add_demo_integration)
