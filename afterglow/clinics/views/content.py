"""The clinic admin's settings and content pages."""

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from afterglow.clinics import access
from afterglow.clinics.content import content_save, kind_of
from afterglow.clinics.forms import ClinicSettingsForm
from afterglow.clinics.services import clinic_update


def clinic_settings(request: HttpRequest) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    form = ClinicSettingsForm(request.POST or None, instance=clinic)
    if request.method == "POST" and form.is_valid():
        if form.has_changed():
            clinic_update(clinic=form.instance, fields=form.changed_data, request=request)
        messages.success(request, _("The clinic's settings are saved."))
        return redirect("clinics:home")
    return render(request, "clinics/settings.html", {"clinic": clinic, "form": form})


def content_list(request: HttpRequest, kind: str) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    content = kind_of(kind)
    items = content.items(clinic)
    rows = [(item, [_cell(item, attr) for _label, attr in content.columns]) for item in items]
    context = {"clinic": clinic, "kind": content, "rows": rows}
    return render(request, "clinics/content_list.html", context)


def _cell(item: Any, attr: str) -> str:
    value = getattr(item, attr)
    value = value() if callable(value) else value
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    text = str(value)
    return text if len(text) <= 90 else text[:88] + "…"


def content_edit(request: HttpRequest, kind: str, pk: int | None = None) -> HttpResponse:
    clinic = access.require_clinic_admin(request)
    content = kind_of(kind)
    item = content.items(clinic).filter(pk=pk).first() if pk is not None else None
    if pk is not None and item is None:
        raise Http404
    form = content.form(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        content_save(kind=content, item=form.instance, clinic=clinic, request=request)
        messages.success(request, _("Saved."))
        return redirect("clinics:content", kind=content.slug)
    context = {"clinic": clinic, "kind": content, "form": form, "item": item}
    return render(request, "clinics/content_edit.html", context)
