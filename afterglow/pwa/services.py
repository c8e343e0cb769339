"""Housekeeping of the offline queue's ids (``OfflineSend``).

A row only has to outlive the last replay of its save. A device replays when it is back
online with its session, and its queue survives an expired session (the person signs in
again to send it) but not sign-out; 30 days is far past any real replay, and short enough
that the table stays small. A claim still "being answered" after an hour belongs to a
request that died (a killed worker; gunicorn's timeout is far shorter): it is freed, so the
device's next try is saved instead of being told 409 for ever.
"""

from datetime import datetime, timedelta

from django.db import transaction

from afterglow.audit.services import record
from afterglow.pwa.models import OfflineSend

RETENTION = timedelta(days=30)
ABANDONED = timedelta(hours=1)


def offline_sends_delete_old(*, now: datetime, retention: timedelta = RETENTION) -> int:
    """Delete ids older than ``retention`` and claims abandoned for an hour; idempotent.
    One audit row per run that deleted anything (no person, no id: only how many)."""
    old = OfflineSend.objects.filter(created_at__lt=now - retention)
    abandoned = OfflineSend.objects.filter(status=0, created_at__lt=now - ABANDONED)
    with transaction.atomic():
        deleted, _ = old.delete()
        freed, _ = abandoned.delete()
        if deleted or freed:
            record(
                action="pwa.offline_sends_delete",
                detail={"deleted": deleted, "freed": freed, "days": retention.days},
            )
    return deleted + freed
