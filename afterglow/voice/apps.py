from django.apps import AppConfig


class VoiceConfig(AppConfig):
    name = "afterglow.voice"
    label = "voice"
    verbose_name = "Voice notes"

    def ready(self) -> None:
        from afterglow.clinics.hooks import register
        from afterglow.lib.rotation import ROTATORS
        from afterglow.voice import signals  # noqa: F401  (files go with their rows)
        from afterglow.voice.services import chunks_rotate

        register(ROTATORS, chunks_rotate)
