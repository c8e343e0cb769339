import pytest

from afterglow.api.models import Scope
from afterglow.api.tokens import token_create


def bearer(user, scope=Scope.WRITE, days=30):
    _, token = token_create(user=user, name="tests", scope=scope, days=days, request=None)
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def patient_auth(people):
    return bearer(people.patient)


@pytest.fixture
def clinician_auth(people):
    return bearer(people.clinician)
