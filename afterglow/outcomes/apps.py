from django.apps import AppConfig


class OutcomesConfig(AppConfig):
    name = "afterglow.outcomes"
    label = "outcomes"
    verbose_name = "Outcomes (PHQ-9, GAD-7, C-SSRS)"

    def ready(self) -> None:
        from afterglow.clinics.hooks import DEMO_EXTENSIONS, register
        from afterglow.outcomes.demo import add_demo_outcomes

        register(DEMO_EXTENSIONS, add_demo_outcomes)
