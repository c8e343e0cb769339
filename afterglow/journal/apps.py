from typing import Any

from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "afterglow.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self) -> None:
        from afterglow.clinics.hooks import (
            CLINIC_DEFAULTS,
            CONTENT_KINDS,
            DEMO_EXTENSIONS,
            register,
        )
        from afterglow.journal.content import seed_clinic
        from afterglow.journal.demo import add_demo_journals
        from afterglow.journal.services import reindex_stale
        from afterglow.lib.rotation import REINDEXERS

        register(CLINIC_DEFAULTS, seed_clinic)
        register(DEMO_EXTENSIONS, add_demo_journals)
        register(REINDEXERS, reindex_stale)
        register(CONTENT_KINDS, prompts_kind())


def prompts_kind() -> Any:
    from django.utils.translation import gettext_lazy as _

    from afterglow.clinics.content import ContentKind
    from afterglow.journal.content_forms import PromptForm
    from afterglow.journal.models import Prompt

    return ContentKind(
        slug="prompts",
        title=_("Journal prompts"),
        item=_("prompt"),
        about=_("Guided questions patients may answer in their journal, by when they fit."),
        model=Prompt,
        form=PromptForm,
        columns=((_("Prompt"), "text"), (_("Offered"), "active")),
        key_from="text",
    )
