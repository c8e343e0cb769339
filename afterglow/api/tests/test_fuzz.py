"""schemathesis against the OpenAPI document with every check it has (not only server
errors): status codes, content types, headers and bodies as documented, schema-valid data
accepted, schema-invalid data refused, credentials enforced.

Each operation runs as the person it is for (a patient, a clinician, a clinic admin),
against a small clinic whose ids schemathesis is told (``world``): most generated requests
name real objects and reach the forms and services behind the 404 of an unknown id, while
negative data still tries unknown, malformed and missing ones. Derandomized and bounded:
the same requests on every run, at least 5,000 of them (``test_enough_requests``).
"""

import os
from datetime import UTC, datetime

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from afterglow.api.tests import world
from afterglow.api.tokens import token_create
from afterglow.wsgi import application

pytestmark = pytest.mark.fuzz

NOW = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)  # 6 pm in Chicago: the evening check-in is open
EXAMPLES = 18
ROLES = ("patient", "clinician", "admin")
IDS = world.IDS
DICTIONARIES = {
    "entry_id": [IDS["entry"]],
    "session_id": [IDS["session"], IDS["spravato"], IDS["booked"]],
    "spravato_id": [IDS["spravato"]],
    "recent_id": [IDS["session"]],
    "integration_session_id": [IDS["integration"]],
    "check_in_id": [IDS["check_in"]],
    "goal_id": [IDS["goal"]],
    "step_id": [IDS["step"]],
    "notification_id": [IDS["notification"]],
    "medicine_id": [IDS["medicine"]],
    "patient_id": [IDS["patient"]],
    "flag_id": [IDS["flag"]],
    "message_id": [IDS["message"]],
    "item_id": [world.ITEM],
    "clinician_id": [world.NEWCOMER, world.CLINICIAN],
    "prompt_id": [world.PROMPT],
    "protocol_id": [world.PROTOCOL],
    "treatment_id": [IDS["spravato"]],
}
# Ids in request bodies, by the dictionary that holds them.
BODY_IDS = {
    "session_id": "recent_id",
    "prompt_id": "prompt_id",
    "homework_prompt_id": "prompt_id",
    "protocol_id": "protocol_id",
    "treatment_id": "treatment_id",
    "clinician_id": "clinician_id",
}
PATH_IDS = [
    "entry_id",
    "session_id",
    "integration_session_id",
    "check_in_id",
    "goal_id",
    "step_id",
    "notification_id",
    "medicine_id",
    "patient_id",
    "flag_id",
    "message_id",
    "item_id",
    "clinician_id",
]
# Where one kind of session is the one that gets past the 404.
SESSIONS = {"/rems$": "spravato_id", "^/api/v1/aftercare/": "recent_id"}
CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": 20260310,
        "generation": {"max-examples": EXAMPLES, "mode": "all", "deterministic": True},
        # schemathesis' coverage phase builds its boundary cases while pytest collects, in
        # every process that collects this file (each test worker, and a pass that deselects
        # it): nine minutes on the CI machine. It passed with the phase on when this fuzz
        # came in; AFTERGLOW_FUZZ_COVERAGE=1 turns it on again for a deeper run.
        "phases": {"coverage": {"enabled": os.environ.get("AFTERGLOW_FUZZ_COVERAGE") == "1"}},
        "checks": {"enabled": True},
        "dictionaries": {name: {"values": values} for name, values in DICTIONARIES.items()},
        "parameters": {
            **{f"path.{name}": {"dictionary": name, "probability": 0.9} for name in PATH_IDS},
            **{
                f"body.{field}": {"dictionary": name, "probability": 0.9}
                for field, name in BODY_IDS.items()
            },
        },
        "operations": [
            {
                "include-path-regex": regex,
                "parameters": {"path.session_id": {"dictionary": name, "probability": 0.9}},
            }
            for regex, name in SESSIONS.items()
        ],
    }
)
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application, config=CONFIG)
load_all_checks()
EVERY_CHECK = [c for c in CHECKS.get_all() if not isinstance(c, type)]
SENT: dict[str, int] = {"requests": 0}


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """The app is called in-process. Like Django's test client, requests must not close
    the database connection that holds the test's transaction."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def tokens(db, settings, time_machine):
    time_machine.move_to(NOW, tick=True)
    settings.AFTERGLOW_API_RATE_PER_MINUTE = 1_000_000
    people = world.build(NOW)
    return {
        role: token_create(
            user=getattr(people, role), name="fuzz", scope="write", days=1, request=None
        )[1]
        for role in ROLES
    }


def count(sender, environ, **kwargs):
    SENT["requests"] += 1


def fuzz(case, token):
    request_started.connect(count, dispatch_uid="fuzz-count")
    try:
        case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=EVERY_CHECK)
    finally:
        request_started.disconnect(dispatch_uid="fuzz-count")
        RAN.add(case.operation.label)


RAN: set[str] = set()


CALLER = {"care team": "clinician", "clinic admin": "admin"}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_as_its_callers(case, tokens):
    tag = (case.operation.tags or ["patient"])[0]
    fuzz(case, tokens[CALLER.get(tag, "patient")])


def test_every_check_runs():
    names = {check.__name__ for check in EVERY_CHECK}
    assert {
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
        "missing_required_header",
        "unsupported_method",
        "allow_header_conformance",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
        "object_level_authorization",
    } <= names


# Sequences of calls, linked by the ids one answer gives the next (links schemathesis
# infers from the document): what a patient, or a clinician, does one step after another.
# Here use_after_free (a deleted entry is gone) and ensure_resource_availability (a made
# one can be read) have something to check.
WORKFLOWS = settings(
    max_examples=8,
    stateful_step_count=6,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
STAFF_TAGS = ["care team", "clinic admin"]


def run_workflows(part, token):
    headers = {"Authorization": f"Bearer {token}"}

    class Workflow(part.as_state_machine()):
        def get_call_kwargs(self, case):
            return {"headers": headers}

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            # As call_and_validate does: the checks know which headers were ours.
            case.validate_response(
                response, checks=EVERY_CHECK, headers=headers, recorder=self.recorder
            )

    request_started.connect(count, dispatch_uid="fuzz-count")
    try:
        run_state_machine_as_test(Workflow, settings=WORKFLOWS)
    finally:
        request_started.disconnect(dispatch_uid="fuzz-count")


def test_a_patients_workflows(tokens):
    run_workflows(schema.exclude(tag=STAFF_TAGS), tokens["patient"])


def test_a_clinicians_workflows(tokens):
    run_workflows(schema.include(tag="care team"), tokens["clinician"])


def test_enough_requests():
    """After the operations above (pytest keeps a module's order): all of them ran, and
    sent at least 5,000 requests between them (counting the checks' own, like the same
    request without credentials)."""
    operations = {result.ok().label for result in schema.get_all_operations()}
    if operations != RAN:
        pytest.skip("counts only when every operation ran")
    assert SENT["requests"] >= 5000, SENT
