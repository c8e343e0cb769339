from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.aftercare.content import ensure_content
from afterglow.aftercare.models import FeelingSuggestion, SafetyRule, SelfCareItem
from afterglow.clinics.models import Clinic


@receiver(post_save, sender=Clinic)
def give_new_clinic_default_content(
    sender: Any, instance: Clinic, created: bool, **kwargs: Any
) -> None:
    if created and not kwargs.get("raw"):
        ensure_content(instance, SelfCareItem, SafetyRule, FeelingSuggestion)
