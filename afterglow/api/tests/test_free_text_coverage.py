"""Every text the JSON API accepts reaches the same crisis-language check as the page's form."""

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest

import afterglow
from afterglow.api.api import api
from afterglow.safety.language.coverage import API_FIELDS, NOT_FREE_TEXT
from afterglow.safety.language.forms import FreeTextForm


def _checked_names() -> set[str]:
    names: set[str] = set()
    for module in pkgutil.walk_packages(afterglow.__path__, "afterglow."):
        if module.name.endswith(".forms") and ".tests" not in module.name:
            for _, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
                if issubclass(cls, FreeTextForm):
                    names |= set(cls.free_text)
    return names


def _text_properties(schema: dict[str, Any], components: dict[str, Any]) -> Iterator[str]:
    if "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    for name, prop in schema.get("properties", {}).items():
        if any(_holds_text(p) for p in prop.get("anyOf", [prop])):
            yield name


def _holds_text(prop: dict[str, Any]) -> bool:
    if "enum" in prop or prop.get("format") in ("uuid", "date", "date-time"):
        return False
    if prop.get("type") == "array":
        return _holds_text(prop.get("items", {}))
    if prop.get("type") == "object":
        extra = prop.get("additionalProperties")
        return not isinstance(extra, dict) or _holds_text(extra)
    return prop.get("type") == "string"


def _bodies() -> Iterator[tuple[str, str]]:
    document = api.get_openapi_schema(path_prefix="")
    components = document["components"]["schemas"]
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                for name in _text_properties(body["schema"], components):
                    yield f"{method.upper()} {path}", name


@pytest.mark.parametrize(("operation", "field"), list(_bodies()))
def test_it_checks_every_text_the_api_accepts(operation: str, field: str) -> None:
    exempt = {f for _, f in NOT_FREE_TEXT} | set(API_FIELDS)
    assert field in _checked_names() | exempt, (
        f"{operation} takes '{field}': validate it with a FreeTextForm field of that name, "
        "or list it in safety/language/coverage.py with its reason"
    )
