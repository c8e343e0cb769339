from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AftercareConfig(AppConfig):
    name = "afterglow.aftercare"
    label = "aftercare"
    verbose_name = _("Aftercare (the first 24 hours)")

    def ready(self) -> None:
        from afterglow.aftercare.content import seed_clinic
        from afterglow.aftercare.demo import add_demo_check_ins
        from afterglow.clinics.hooks import (
            CLINIC_DEFAULTS,
            CONTENT_KINDS,
            DEMO_EXTENSIONS,
            register,
        )

        register(CLINIC_DEFAULTS, seed_clinic)
        register(DEMO_EXTENSIONS, add_demo_check_ins)
        for kind in content_kinds():
            register(CONTENT_KINDS, kind)


def content_kinds() -> list[Any]:
    from django.utils.translation import gettext_lazy as _

    from afterglow.aftercare.content_forms import SafetyRuleForm, SelfCareItemForm
    from afterglow.aftercare.models import SafetyRule, SelfCareItem
    from afterglow.clinics.content import ContentKind

    return [
        ContentKind(
            slug="self-care",
            title=_("Self-care items"),
            item=_("self-care item"),
            about=_("The checklist of the first 24 hours after a session."),
            model=SelfCareItem,
            form=SelfCareItemForm,
            columns=(
                (_("Title"), "title"),
                (_("Kind"), "get_kind_display"),
                (_("Shown"), "active"),
            ),
            key_from="title",
        ),
        ContentKind(
            slug="safety-rules",
            title=_("Safety rules"),
            item=_("safety rule"),
            about=_("Rules before and after a session, each with where it comes from."),
            model=SafetyRule,
            form=SafetyRuleForm,
            columns=(
                (_("Rule"), "title"),
                (_("When"), "get_moment_display"),
                (_("For"), "get_modality_display"),
                (_("Source"), "get_source_display"),
                (_("Shown"), "active"),
            ),
            key_from="title",
        ),
    ]
