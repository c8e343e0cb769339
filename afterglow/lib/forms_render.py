"""The form renderer: Django's own, with its smallest widget templates written in Python.

A PHQ-9 page draws 40 radio buttons, the editor dozens of emotion checkboxes; each one went
through Django's template engine (``radio_option.html`` → ``input_option.html`` →
``input.html`` → ``attrs.html``), and those renders were most of the page's time (issue 21).
The templates below are a line each; ``FAST`` builds the very same markup directly (the test
``afterglow/lib/tests/test_forms_render.py`` compares the two, byte for byte, for every
field of every form in the app). Everything else (labels, field groups, selects, text areas,
a project's own widget templates) still renders through the templates.
"""

from collections.abc import Callable
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

INPUT = "django/forms/widgets/input.html"


def _e(value: Any) -> str:
    return str(conditional_escape(value))


def _attrs(attrs: dict[str, Any]) -> str:
    """``attrs.html``: `` name="value"``, a bare `` name`` for True, nothing for False."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(f" {_e(name)}" if value is True else f' {_e(name)}="{_e(value)}"')
    return "".join(out)


def _input(widget: dict[str, Any]) -> str:
    """``input.html``, with the newline its file ends with (the renderer strips the end)."""
    value = widget["value"]
    shown = "" if value is None else f' value="{_e(value)}"'
    return (
        f'<input type="{_e(widget["type"])}" name="{_e(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>\n"
    )


def _option(widget: dict[str, Any]) -> str:
    """``radio_option.html`` / ``checkbox_option.html`` (through ``input_option.html``)."""
    if not widget.get("wrap_label"):
        return _input(widget) + "\n\n"
    target = widget["attrs"].get("id")
    opens = f'<label for="{_e(target)}">' if target else "<label>"
    return f"{opens}{_input(widget)} {_e(widget['label'])}</label>\n\n"


def _single(widget: dict[str, Any]) -> str:
    """The one-line templates that only include ``input.html`` (text.html, hidden.html ...)."""
    return _input(widget) + "\n"


FAST: dict[str, Callable[[dict[str, Any]], str]] = {
    INPUT: _input,
    "django/forms/widgets/radio_option.html": _option,
    "django/forms/widgets/checkbox_option.html": _option,
    **{
        f"django/forms/widgets/{name}.html": _single
        for name in [
            "text",
            "checkbox",
            "color",
            "date",
            "datetime",
            "email",
            "number",
            "password",
            "search",
            "tel",
            "time",
            "url",
            "hidden",
        ]
    },
}


class Renderer(DjangoTemplates):
    """``FORM_RENDERER``: Django's template renderer, the one-line widget templates in Python."""

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        fast = FAST.get(template_name)
        if fast is not None and "widget" in context:
            # Django's renderer strips what a template gives; so does this.
            return mark_safe(fast(context["widget"]).strip())  # noqa: S308 (escaped above)
        return super().render(template_name, context, request)
