"""Hooks that domain apps fill in their AppConfig.ready(), so imports stay one-way:
what every new clinic is given (its default content), what the demo clinic adds, what else
closes when a clinic admin deactivates someone (their API tokens), and the content a clinic
admin edits on their own pages."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.clinics.models import Clinic

if TYPE_CHECKING:
    from afterglow.clinics.content import ContentKind

ClinicHook = Callable[[Clinic], None]
CLINIC_DEFAULTS: list[ClinicHook] = []
DEMO_EXTENSIONS: list[ClinicHook] = []
# Each is called as closer(user=..., request=...) and says how many things it closed.
AccountCloser = Callable[..., int]
ACCOUNT_CLOSERS: list[AccountCloser] = []
CONTENT_KINDS: list["ContentKind"] = []


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
