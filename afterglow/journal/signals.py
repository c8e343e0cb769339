from typing import Any

from django.db.models.signals import post_save
from django.dispatch import receiver

from afterglow.clinics.models import Clinic
from afterglow.journal.content import ensure_prompts
from afterglow.journal.models import Prompt


@receiver(post_save, sender=Clinic)
def give_new_clinic_default_prompts(
    sender: Any, instance: Clinic, created: bool, **kwargs: Any
) -> None:
    if created and not kwargs.get("raw"):
        ensure_prompts(instance, Prompt)
