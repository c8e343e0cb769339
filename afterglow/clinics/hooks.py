"""Hooks that domain apps fill in their AppConfig.ready(), so imports stay one-way:
what every new clinic is given (its default content) and what the demo clinic adds."""

from collections.abc import Callable
from typing import Any, TypeVar

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.clinics.models import Clinic

ClinicHook = Callable[[Clinic], None]
CLINIC_DEFAULTS: list[ClinicHook] = []
DEMO_EXTENSIONS: list[ClinicHook] = []


Hook = TypeVar("Hook")


def register(hooks: list[Hook], hook: Hook) -> None:
    """Add a hook once (ready() may run more than once in tests)."""
    if hook not in hooks:
        hooks.append(hook)


@receiver(post_save, sender=Clinic)
def give_new_clinic_its_defaults(
    sender: Any, instance: Clinic, created: bool, **kwargs: Any
) -> None:
    if created and not kwargs.get("raw"):
        for hook in CLINIC_DEFAULTS:
            hook(instance)
