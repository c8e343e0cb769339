"""schemathesis against the OpenAPI document, as a patient and as a clinician: no server
error, and every response matches the schema it documents."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from afterglow.api.tokens import token_create
from afterglow.testing.journal import write
from afterglow.testing.treatments import completed_session
from afterglow.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


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
def tokens(people):
    from django.utils import timezone

    write(people.pat, body="Something to find")
    completed_session(people.pat, ended=timezone.now())
    return {
        who: token_create(user=user, name="fuzz", scope="write", days=1, request=None)[1]
        for who, user in (("patient", people.patient), ("clinician", people.clinician))
    }


FUZZ = hypothesis_settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
CHECKS = [not_a_server_error, response_schema_conformance]


@pytest.fixture
def unlimited(settings):
    settings.AFTERGLOW_API_RATE_PER_MINUTE = 1_000_000


@schema.parametrize()
@FUZZ
def test_as_a_patient(case, tokens, unlimited):
    case.call_and_validate(headers={"Authorization": f"Bearer {tokens['patient']}"}, checks=CHECKS)


@schema.parametrize()
@FUZZ
def test_as_a_clinician(case, tokens, unlimited):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {tokens['clinician']}"}, checks=CHECKS
    )
