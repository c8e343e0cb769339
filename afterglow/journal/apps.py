from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "afterglow.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self) -> None:
        from afterglow.clinics.demo import DEMO_EXTENSIONS
        from afterglow.journal import signals  # noqa: F401
        from afterglow.journal.demo import add_demo_journals
        from afterglow.journal.services import reindex_stale
        from afterglow.lib.rotation import REINDEXERS

        if add_demo_journals not in DEMO_EXTENSIONS:
            DEMO_EXTENSIONS.append(add_demo_journals)
        if reindex_stale not in REINDEXERS:
            REINDEXERS.append(reindex_stale)
