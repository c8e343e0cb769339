"""The OpenAPI document says what each operation answers: every status it can give, errors
as problem details, every code as an enum. (schemathesis checks the answers against it.)"""

import importlib
import inspect
import pkgutil

from django.test import Client
from pydantic import BaseModel

import afterglow.api
from afterglow.safety.models import FlagKind

WRITES = {"post", "put", "patch", "delete"}
# Fields that hold codes, wherever they appear: each must be an enum in the document.
CODES = {
    "kind",
    "status",
    "modality",
    "severity",
    "band",
    "instrument",
    "phase",
    "start_phase",
    "dimension",
    "area",
    "integration_area",
    "feeling",
    "feelings",
    "emotions",
    "reasons",
    "red_flags",
    "side_effects",
    "answer",
    "kinds",
    "time_zone",
    "trend",
    "state",
    "fits",
    "areas",
    "code",
    "dimensions",
}


def document():
    return Client().get("/api/v1/openapi.json").json()


def operations():
    for path, methods in document()["paths"].items():
        for method, operation in methods.items():
            yield method, path, operation


def test_every_operation_declares_what_its_shape_can_answer():
    for method, path, operation in operations():
        responses = {int(code) for code in operation["responses"]}
        where = f"{method} {path}"
        assert {401, 429} <= responses, where
        if method in WRITES:
            assert 403 in responses, where
        if "requestBody" in operation:
            assert {400, 413, 422} <= responses, where
        if operation.get("parameters"):
            assert 422 in responses, where
        if "{" in path:
            assert 404 in responses, where
        assert any(200 <= code < 300 for code in responses), where


def test_errors_are_problem_details_with_their_headers():
    doc = document()
    assert set(doc["components"]["schemas"]["Problem"]["required"]) == {"type", "title", "status"}
    for _, path, operation in operations():
        for code, response in operation["responses"].items():
            if int(code) >= 400:
                assert list(response["content"]) == ["application/problem+json"], (path, code)
        assert operation["responses"]["401"]["headers"]["WWW-Authenticate"]["required"]
        assert operation["responses"]["429"]["headers"]["Retry-After"]["required"]


def _enums(schema, components, seen=()):
    """Whether a property's schema (through refs, arrays and unions) is an enum."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name not in seen and _enums(components[name], components, (*seen, name))
    if "enum" in schema or "const" in schema:
        return True
    if "items" in schema:
        return _enums(schema["items"], components, seen)
    if "additionalProperties" in schema and "propertyNames" in schema:
        return "enum" in schema["propertyNames"]
    options = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    return bool(options) and all(_enums(s, components, seen) for s in options)


def test_every_code_is_an_enum():
    doc = document()
    components = doc["components"]["schemas"]
    checked = 0
    for name, schema in components.items():
        if name == "Problem":  # its status is the HTTP one
            continue
        for field, prop in schema.get("properties", {}).items():
            if field in CODES:
                assert _enums(prop, components), f"{name}.{field}"
                checked += 1
    for _, path, operation in operations():
        for parameter in operation.get("parameters", []):
            if parameter["name"] in CODES | {"emotion", "shared", "flags", "sort", "show"}:
                assert _enums(parameter["schema"], components), (path, parameter["name"])
    assert checked > 40
    assert components["RuleOut"]["properties"]["source"]["enum"] == ["label", "rems", "clinic"]
    flag = components["FlagOut"]["properties"]["kind"]
    assert flag["enum"] == list(FlagKind.values)


def test_schema_names_are_unique_so_none_hides_another():
    """Two models of one name would be one component: the second would silently win."""
    names = {}
    for info in pkgutil.iter_modules(afterglow.api.__path__):
        module = importlib.import_module(f"afterglow.api.{info.name}")
        for name, value in vars(module).items():
            own = inspect.isclass(value) and value.__module__ == module.__name__
            if own and issubclass(value, BaseModel):
                assert names.setdefault(name, module.__name__) == module.__name__, name


def test_ids_and_limits_are_declared_as_json_schema():
    text = Client().get("/api/v1/openapi.json").content.decode()
    assert '"ge"' not in text and '"le"' not in text  # pydantic names, not JSON Schema's


def test_the_questionnaires_the_api_answers():
    paths = document()["paths"]
    answered = {p.rsplit("/", 1)[-1] for p in paths if p.startswith("/api/v1/questionnaires/")}
    assert {"phq9", "gad7"} <= answered and "cssrs" not in answered
