from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.clinics.models import Clinic
from afterglow.wellbeing.content import ensure_guides
from afterglow.wellbeing.models import DimensionGuide


@receiver(post_save, sender=Clinic)
def give_new_clinic_dimension_guides(
    sender: Any, instance: Clinic, created: bool, **kwargs: Any
) -> None:
    if created and not kwargs.get("raw"):
        ensure_guides(instance, DimensionGuide)
