from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "afterglow.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self) -> None:
        from afterglow.clinics.hooks import CLINIC_DEFAULTS, DEMO_EXTENSIONS, register
        from afterglow.journal.content import seed_clinic
        from afterglow.journal.demo import add_demo_journals
        from afterglow.journal.services import reindex_stale
        from afterglow.lib.rotation import REINDEXERS

        register(CLINIC_DEFAULTS, seed_clinic)
        register(DEMO_EXTENSIONS, add_demo_journals)
        register(REINDEXERS, reindex_stale)
