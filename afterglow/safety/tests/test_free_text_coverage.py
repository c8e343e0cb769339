"""Every field where a patient types words goes through the crisis-language detector.

A new form with a text field fails here until it either inherits ``FreeTextForm`` and names the
field in ``free_text``, or the field is listed in ``coverage.NOT_FREE_TEXT`` with its reason.
"""

import importlib
import inspect
import pkgutil
from typing import Any

import pytest
from django import forms

import afterglow
from afterglow.safety.language.coverage import NOT_FREE_TEXT
from afterglow.safety.language.forms import FreeTextForm
from afterglow.wellbeing.forms import AssessmentForm


def _forms() -> list[type[forms.BaseForm]]:
    found = []
    for module in pkgutil.walk_packages(afterglow.__path__, "afterglow."):
        if module.name.endswith(".forms") and ".tests" not in module.name:
            loaded = importlib.import_module(module.name)
            for _, cls in inspect.getmembers(loaded, inspect.isclass):
                if issubclass(cls, forms.BaseForm) and cls.__module__ == loaded.__name__:
                    found.append(cls)
    return found


def _name(cls: type) -> str:
    return f"{cls.__module__.split('.')[1]}.{cls.__name__}"


def _text_fields(cls: type[forms.BaseForm], fields: dict[str, Any]) -> list[str]:
    return [
        name
        for name, field in fields.items()
        if isinstance(field, forms.CharField) and not isinstance(field.widget, forms.HiddenInput)
    ]


def _checked(cls: type[forms.BaseForm], instance: Any = None) -> set[str]:
    if not issubclass(cls, FreeTextForm):
        return set()
    return set(instance.free_text_fields() if instance is not None else cls.free_text)


@pytest.mark.parametrize("cls", _forms(), ids=_name)
def test_it_checks_every_text_field_a_form_declares(cls: type[forms.BaseForm]) -> None:
    unchecked = [
        field
        for field in _text_fields(cls, cls.base_fields)
        if field not in _checked(cls) and (_name(cls), field) not in NOT_FREE_TEXT
    ]
    assert not unchecked, f"{_name(cls)}: pass {unchecked} through FreeTextForm or list why not"


def test_it_checks_the_circle_notes_made_per_dimension() -> None:
    form = AssessmentForm(guides=[])
    notes = _text_fields(AssessmentForm, form.fields)
    assert notes and set(notes) <= _checked(AssessmentForm, form)


def test_it_runs_the_detector_on_the_declared_fields() -> None:
    form = AssessmentForm(
        {**{f"score_{k}": "5" for k in ("emotional",)}, "note_social": "i want to die"},
        guides=[],
    )
    form.is_valid()
    assert form.language.is_crisis


def test_every_exemption_names_a_real_field() -> None:
    known = {(_name(c), f) for c in _forms() for f in _text_fields(c, c.base_fields)}
    assert set(NOT_FREE_TEXT) <= known
