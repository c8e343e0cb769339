from datetime import datetime

from afterglow.reminders import delivery


class EmailChannel:
    """Email, through its own columns on ``Notification`` (``reminders/delivery.py``)."""

    name = "email"

    def deliver_pending(self, now: datetime) -> tuple[int, int]:
        return delivery.deliver_pending(now)
