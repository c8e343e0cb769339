"""A text model field that is encrypted at rest (see ``afterglow.lib.crypto``)."""

from typing import Any

from django.core import checks
from django.db import models
from django.db.models.query_utils import DeferredAttribute

from afterglow.lib import crypto


class Ciphertext(str):
    """A value as stored: encrypted. Plain ``str`` values on a model are plaintext."""


def associated_data(instance: models.Model, field_name: str) -> str:
    return f"{instance._meta.label_lower}.{field_name}:{instance.pk}"


class _DecryptingAttribute(DeferredAttribute):
    """Decrypts a loaded value on first access and keeps the plaintext on the instance."""

    def __get__(self, instance: Any, cls: Any = None) -> Any:
        if instance is None:
            return self
        value = super().__get__(instance, cls)
        if isinstance(value, Ciphertext):
            value = crypto.decrypt(value, aad=associated_data(instance, self.field.name))
            instance.__dict__[self.field.attname] = value
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        # A data descriptor, so that reads always pass through __get__ above.
        instance.__dict__[self.field.attname] = value


class EncryptedTextField(models.TextField):
    """Free text stored as AES-256-GCM ciphertext bound to its model, field and row.

    The model's primary key must be known before the first save (a UUID default), because it
    is part of the associated data. Writes go through ``save()``; ``update()`` and lookups on
    the plaintext are refused, since the database only ever holds ciphertext.
    """

    descriptor_class = _DecryptingAttribute

    def check(self, **kwargs: Any) -> list[checks.CheckMessage]:
        errors = super().check(**kwargs)
        pk = self.model._meta.pk
        if not isinstance(pk, models.UUIDField) or not pk.has_default():
            errors.append(
                checks.Error(
                    "A model with an EncryptedTextField needs a UUID primary key with a default.",
                    obj=self,
                    id="afterglow.E001",
                )
            )
        return errors

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Ciphertext | None:
        return None if value is None else Ciphertext(value)

    def pre_save(self, model_instance: models.Model, add: bool) -> Any:
        value = model_instance.__dict__.get(self.attname)
        if value is None or isinstance(value, Ciphertext):
            return value
        if model_instance.pk is None:
            raise ValueError(f"{self.model.__name__} needs its primary key before encryption")
        sealed = Ciphertext(
            crypto.encrypt(str(value), aad=associated_data(model_instance, self.name))
        )
        return sealed

    def get_prep_value(self, value: Any) -> Any:
        if value is None or isinstance(value, Ciphertext):
            return None if value is None else str(value)
        raise TypeError(
            f"{self.model.__name__}.{self.name} is encrypted: write it with save(), "
            "and never query it by its plaintext"
        )

    def to_python(self, value: Any) -> Any:
        return value


def encrypted_fields() -> list[EncryptedTextField]:
    from django.apps import apps

    return [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, EncryptedTextField)
    ]
