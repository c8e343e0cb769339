from django.apps import AppConfig


class OutcomesConfig(AppConfig):
    name = "afterglow.outcomes"
    label = "outcomes"
    verbose_name = "Outcomes (PHQ-9, GAD-7)"

    def ready(self) -> None:
        from afterglow.clinics.demo import DEMO_EXTENSIONS
        from afterglow.outcomes.demo import add_demo_outcomes

        if add_demo_outcomes not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(add_demo_outcomes)
