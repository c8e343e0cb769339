"""What every endpoint module shares.

A request body's schema says exactly what the page's form takes, so that anything the
document allows is accepted and anything it forbids is refused before the form runs (the
form stays the one place its rules live; the schema only describes them):

- ``Strict`` bodies refuse unknown fields, and their integers and booleans are JSON's own
  (``"5"`` is not a number, ``1`` is not true);
- text fields carry the form's length and ``NO_NUL`` (Django's forms refuse the NUL
  character); a required one is ``Words``: a field of only spaces is empty to a form;
- dates, times and ids are strings in their one written form (``Day``, ``Moment``, ``Ref``,
  ``CLOCK``), days from 2000 to 2099;
- codes are enums (``OneOf``), in requests and in answers.
"""

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Annotated, Any
from uuid import UUID

from django.utils.translation import gettext, gettext_lazy
from ninja import Schema
from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    WithJsonSchema,
)
from pydantic_core import core_schema

NO_NUL = r"^[^\x00]*$"
# What Python (and so Django's forms) strips as white space, spelled out, so that the schema's
# regular expression means the same in every engine that reads it.
SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
WORD = f"[^{SPACE}\\x00]"
CLOCK = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
MAX_ID = 2**31 - 1  # the largest integer id every database takes
# A real calendar day from 2000 to 2099 (a date past these is a typing slip, and the date
# arithmetic of schedules and reminders near year 1 or 9999 would overflow).
DAY = (
    r"(20[0-9]{2}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    r"|02-(0[1-9]|1[0-9]|2[0-8]))|20(0[048]|[2468][048]|[13579][26])-02-29)"
)
CLOCK_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{1,6})?"
OFFSET = r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
MOMENT = f"{DAY}T{CLOCK_TIME}{OFFSET}"
_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


class Strict(Schema):
    """A request body: unknown fields refused; patterns read as Python (and Django) read
    them, so a field of only spaces is the same "empty" to the schema and to the form."""

    model_config = ConfigDict(extra="forbid", regex_engine="python-re")


class OneOf:
    """One of the given codes (strings, or whole numbers that are not true or false); its
    schema is the enum of them."""

    def __init__(self, values: Iterable[str | int]) -> None:
        self.values = tuple(v if isinstance(v, int) else str(v) for v in values)

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_before_validator_function(
            _not_a_boolean, core_schema.literal_schema(list(self.values))
        )


def _not_a_boolean(value: Any) -> Any:
    if isinstance(value, bool):  # True == 1 to Python, not to JSON
        raise ValueError(gettext("Expected one of the listed values, not true or false."))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _written(pattern: re.Pattern[str], what: Any) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, str) or not pattern.match(value):
            raise ValueError(
                gettext("Write the %(what)s as text, like the examples in the document.")
                % {"what": what}
            )
        return value

    return BeforeValidator(check)


def _whole(value: Any) -> Any:
    """JSON's integer: 3 or 3.0, never "3" or true (Python's int would take both)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(gettext("Expected a whole number."))
    return value


Whole = Annotated[int, BeforeValidator(_whole)]
Id = Annotated[int, Field(ge=1, le=MAX_ID), BeforeValidator(_whole)]


def _has_words(value: str) -> str:
    if not re.search(WORD, value):
        raise ValueError(gettext("Write a few words first: even one line is enough."))
    return value


Words = Annotated[
    str,
    AfterValidator(_has_words),
    Field(pattern=NO_NUL, json_schema_extra={"allOf": [{"pattern": WORD}]}),
]
Day = Annotated[
    date,
    _written(re.compile(f"^{DAY}$"), gettext_lazy("date (YYYY-MM-DD, 2000 to 2099)")),
    WithJsonSchema({"type": "string", "format": "date", "pattern": f"^{DAY}$"}),
]
Moment = Annotated[
    datetime,
    _written(
        re.compile(f"^{MOMENT}$"), gettext_lazy("time (RFC 3339 with its offset, 2000 to 2099)")
    ),
    # In UTC, as every time is kept: RFC 3339 allows offsets to 23:59, PostgreSQL to 15:59
    # (schemathesis found "+20:16" answered 500 there).
    AfterValidator(lambda moment: moment.astimezone(UTC)),
    WithJsonSchema({"type": "string", "format": "date-time", "pattern": f"^{MOMENT}$"}),
]
Ref = Annotated[UUID, _written(_UUID, gettext_lazy("id"))]


class Problem(Schema):
    """RFC 9457 problem details, as every error is answered."""

    type: str
    title: str
    status: int
    detail: str | None = None
    errors: dict[str, list[str]] | None = None
    retry_after: int | None = None


def answers(ok: dict[int, Any], *errors: int) -> dict[int, Any]:
    """An operation's responses: its successes and the errors its own logic can give. The
    document adds those every operation of its shape can give (see ``openapi``)."""
    return {**ok, **dict.fromkeys(errors, Problem)}


def form_data(data: Schema, exclude: set[str] | None = None) -> dict[str, Any]:
    """A request body as a Django form's data: the fields given, none of the empty ones."""
    return {k: v for k, v in data.model_dump(exclude=exclude).items() if v is not None}


def fhir_bundle() -> dict[str, Any]:
    """The document's answer of a FHIR export (a patient's own, or the care team's); a new
    dictionary each time, since the document builder may fill it in."""
    return {
        "responses": {
            200: {
                "description": "A FHIR R4 Bundle (type collection).",
                "content": {"application/fhir+json": {"schema": {"type": "object"}}},
            }
        }
    }
