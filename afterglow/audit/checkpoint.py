"""Checkpoints of the audit chain, to keep away from its database.

A checkpoint is a small JSON file: the newest event's id and hash, how many events there
were, when it was taken, and an HMAC of all that under the audit key. Whoever can write to
the database can delete the newest events and put back an older head they saved; they cannot
change a checkpoint kept elsewhere. ``verify_audit --checkpoint FILE`` then finds the event
the checkpoint names, with the same hash and the same number of events up to it: deleting
newest events (truncation) or rewriting any event up to the checkpoint shows.
"""

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from django.utils import timezone

from afterglow.audit import keys
from afterglow.audit.models import GENESIS, AuditEvent

FORMAT = "afterglow-audit-checkpoint/1"


class CheckpointError(Exception):
    """The file is not a checkpoint this app wrote, or it was edited."""


@dataclass(frozen=True)
class Checkpoint:
    count: int
    last_id: int
    head: str
    taken_at: str
    key_id: str
    mac: str = ""
    format: str = FORMAT

    def message(self) -> str:
        return f"checkpoint|{self.count}|{self.last_id}|{self.head}|{self.taken_at}"


def take() -> Checkpoint:
    """A checkpoint of the chain as it stands (verify it first: this blesses what it sees)."""
    last = AuditEvent.objects.order_by("-id").only("id", "hash").first()
    unsigned = Checkpoint(
        count=AuditEvent.objects.count(),
        last_id=last.id if last else 0,
        head=last.hash if last else GENESIS,
        taken_at=timezone.now().isoformat(timespec="seconds"),
        key_id=keys.current_key_id(),
    )
    return Checkpoint(**{**asdict(unsigned), "mac": keys.mac(unsigned.key_id, unsigned.message())})


def write(checkpoint: Checkpoint, path: Path) -> None:
    """Write the file whole or not at all (a reader never sees half of it)."""
    text = json.dumps(asdict(checkpoint), indent=2) + "\n"
    folder = path.resolve().parent
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".checkpoint-")
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
    os.replace(temp, path)


def read(path: Path) -> Checkpoint:
    try:
        data = json.loads(path.read_text())
        checkpoint = Checkpoint(**data)
        int(checkpoint.count), int(checkpoint.last_id)
    except (OSError, ValueError, TypeError) as error:
        raise CheckpointError(f"{path} is not an audit checkpoint: {error}") from error
    if checkpoint.format != FORMAT:
        raise CheckpointError(f"{path} is not an audit checkpoint of this version")
    if not keys.matches(checkpoint.key_id, checkpoint.message(), checkpoint.mac):
        raise CheckpointError(
            f"{path} was edited: its MAC does not match (or its audit key "
            f"{checkpoint.key_id!r} is no longer configured)"
        )
    return checkpoint


def compare(checkpoint: Checkpoint) -> tuple[bool, str]:
    """Does the log still hold, unchanged, every event the checkpoint saw?"""
    total = AuditEvent.objects.count()
    if total < checkpoint.count:
        return False, (
            f"the log holds {total} events, fewer than the {checkpoint.count} of the "
            f"checkpoint of {checkpoint.taken_at}: events were deleted"
        )
    if checkpoint.count == 0:
        return True, f"the checkpoint of {checkpoint.taken_at} saw no events"
    event = AuditEvent.objects.filter(id=checkpoint.last_id).only("hash").first()
    if event is None or event.hash != checkpoint.head:
        return False, (
            f"event {checkpoint.last_id}, the newest at the checkpoint of "
            f"{checkpoint.taken_at}, was deleted or the events up to it were rewritten"
        )
    if AuditEvent.objects.filter(id__lte=checkpoint.last_id).count() != checkpoint.count:
        return False, f"events before the checkpoint of {checkpoint.taken_at} were deleted"
    return True, (
        f"every one of the {checkpoint.count} events of the checkpoint of "
        f"{checkpoint.taken_at} is there, unchanged"
    )
