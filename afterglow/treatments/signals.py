from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.clinics.models import Clinic
from afterglow.treatments.defaults import ensure_protocols
from afterglow.treatments.models import Protocol, ProtocolStep


@receiver(post_save, sender=Clinic)
def give_new_clinic_default_protocols(
    sender: Any, instance: Clinic, created: bool, **kwargs: Any
) -> None:
    if created and not kwargs.get("raw"):
        ensure_protocols(instance, Protocol, ProtocolStep)
