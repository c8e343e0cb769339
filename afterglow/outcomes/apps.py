from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutcomesConfig(AppConfig):
    name = "afterglow.outcomes"
    label = "outcomes"
    verbose_name = _("Outcomes (PHQ-9, GAD-7, C-SSRS)")

    def ready(self) -> None:
        from afterglow.clinics.hooks import DEMO_EXTENSIONS, register
        from afterglow.outcomes.demo import add_demo_outcomes

        register(DEMO_EXTENSIONS, add_demo_outcomes)
