"""The form renderer's Python widgets give exactly what Django's templates give."""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy

import afterglow
from afterglow.lib.forms_render import FAST, Renderer
from afterglow.outcomes.forms import QuestionnaireForm
from afterglow.outcomes.instruments import INSTRUMENTS

TEMPLATES = DjangoTemplates()
FASTER = Renderer()
CHOICES = [("a", "Plain"), ("b&c", 'Quotes " & <tags>'), (3, gettext_lazy("Lazy"))]


class Everything(forms.Form):
    text = forms.CharField(max_length=20, widget=forms.TextInput(attrs={"data-x": 'a"b<'}))
    email = forms.EmailField(required=False, widget=forms.EmailInput(attrs={"autofocus": True}))
    number = forms.IntegerField(min_value=0, widget=forms.NumberInput(attrs={"step": 1}))
    hidden = forms.CharField(widget=forms.HiddenInput, initial=mark_safe("<b>safe</b>"))
    secret = forms.CharField(widget=forms.PasswordInput(attrs={"disabled": False}))
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    url = forms.URLField(required=False, assume_scheme="https")
    search = forms.CharField(widget=forms.TextInput(attrs={"type": "search"}))
    tick = forms.BooleanField(required=False, initial=True)
    one = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect, initial="b&c")
    many = forms.MultipleChoiceField(
        choices=CHOICES, widget=forms.CheckboxSelectMultiple, initial=["a", 3], required=False
    )
    empty = forms.CharField(required=False, initial="")


def _forms_without_arguments() -> list[forms.BaseForm]:
    found: list[forms.BaseForm] = [
        Everything(),
        Everything({"text": "x" * 30, "number": "-1", "one": "zzz", "many": ["b&c"]}),
        QuestionnaireForm(instrument=INSTRUMENTS["phq9"]),
        QuestionnaireForm({"item_0": "2"}, instrument=INSTRUMENTS["gad7"]),
    ]
    for module in pkgutil.walk_packages(afterglow.__path__, "afterglow."):
        if module.name.endswith(".forms") and ".tests" not in module.name:
            loaded = importlib.import_module(module.name)
            for _, cls in inspect.getmembers(loaded, inspect.isclass):
                if issubclass(cls, forms.BaseForm) and cls.__module__ == loaded.__name__:
                    try:
                        found.append(cls())
                    except TypeError:
                        continue  # needs arguments (a clinic, an instrument ...)
    return found


def _drawn(form: forms.BaseForm, renderer: DjangoTemplates) -> list[str]:
    form.renderer = renderer
    out = [str(form)]
    for field in form:
        out.append(str(field))
        out += [str(choice.tag()) for choice in field.subwidgets]
        out += [str(choice) for choice in field.subwidgets]
    return out


@pytest.mark.parametrize("form", _forms_without_arguments(), ids=lambda f: type(f).__name__)
def test_python_widgets_draw_what_the_templates_draw(form, db):
    assert _drawn(form, FASTER) == _drawn(form, TEMPLATES)


def test_only_the_one_line_templates_are_replaced():
    for name in FAST:
        assert name.startswith("django/forms/widgets/")
    assert "django/forms/widgets/select.html" not in FAST
    assert "django/forms/widgets/textarea.html" not in FAST
