"""``/healthz``: can this process serve? Database reachable, migrations applied, an
encryption key and an audit key loaded. It answers ``ok`` or ``unavailable`` and names the
failing check, never a version, a host, a count or an error message."""

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from afterglow.audit import keys as audit_keys
from afterglow.lib import crypto


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        return False


def _migrations() -> bool:
    try:
        executor = MigrationExecutor(connection)
        return not executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError:
        return False


def _key() -> bool:
    try:
        ring = crypto.keyring()
        return len(ring.keys.get(ring.current_id, b"")) == 32
    except Exception:  # noqa: BLE001 - any failure to load keys means "no key"
        return False


def _audit_key() -> bool:
    try:
        return bool(audit_keys.keyring().keys)
    except Exception:  # noqa: BLE001 - any failure to load keys means "no key"
        return False


@login_not_required
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {"database": _database()}
    checks["migrations"] = checks["database"] and _migrations()
    checks["encryption_key"] = _key()
    checks["audit_key"] = _audit_key()
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
