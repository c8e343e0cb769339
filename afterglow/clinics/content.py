"""The content a clinic admin edits on their own pages: journal prompts, self-care items,
safety rules. Each app that owns a kind of content registers it here (``CONTENT_KINDS``, in
its AppConfig.ready()), so ``clinics`` shows and saves it without importing that app.

Content is never deleted from these pages: an item is turned off (``active``), so what a
patient already saw keeps its meaning.
"""

from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models, transaction
from django.http import Http404, HttpRequest
from django.utils.text import slugify

from afterglow.audit.services import record
from afterglow.clinics.hooks import CONTENT_KINDS
from afterglow.clinics.models import Clinic


@dataclass(frozen=True)
class ContentKind:
    slug: str  # in the URL: /clinic/content/<slug>/
    title: Any  # "Journal prompts" (translatable)
    item: Any  # "prompt"
    about: Any  # one sentence for the list page
    model: type[models.Model]
    form: type[forms.ModelForm]
    columns: tuple[tuple[Any, str], ...]  # (label, attribute) shown in the list
    key_from: str  # the field whose words make a new item's key

    def items(self, clinic: Clinic) -> models.QuerySet[Any]:
        return self.model._default_manager.filter(clinic=clinic)  # type: ignore[attr-defined]


def kind_of(slug: str) -> ContentKind:
    for kind in CONTENT_KINDS:
        if kind.slug == slug:
            return kind
    raise Http404


def _free_key(kind: ContentKind, clinic: Clinic, words: str) -> str:
    base = slugify(words)[:40] or kind.slug
    key, n = base, 1
    while kind.items(clinic).filter(key=key).exists():
        n += 1
        key = f"{base}-{n}"
    return key


def content_save(*, kind: ContentKind, item: Any, clinic: Clinic, request: HttpRequest) -> None:
    """Save a new or changed item of the clinic's content, audited."""
    creating = item.pk is None
    item.clinic = clinic
    if creating:
        item.key = _free_key(kind, clinic, str(getattr(item, kind.key_from)))
    item.full_clean()
    with transaction.atomic():
        item.save()
        record(
            action="content.create" if creating else "content.change",
            request=request,
            clinic=clinic,
            obj=item,
            detail={"kind": kind.slug},
        )
