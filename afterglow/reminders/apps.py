from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "afterglow.reminders"
    verbose_name = "Reminders"

    def ready(self) -> None:
        from afterglow.clinics.hooks import DEMO_EXTENSIONS, register
        from afterglow.lib.rotation import REINDEXERS
        from afterglow.reminders.channels.sms.services import rehash_stale
        from afterglow.reminders.demo import add_demo_medicines

        register(DEMO_EXTENSIONS, add_demo_medicines)
        register(REINDEXERS, rehash_stale)
