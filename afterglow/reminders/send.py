"""``send_reminders``' work: what is due for every patient, turned into notifications and
emails (see ``delivery`` for the once-only rules).

- A reminder found more than a day after it was due (the sender was stopped, the clock
  jumped) is not sent: it is kept as a dropped record instead.
- Quiet hours: a reminder due inside them waits, and goes out when they end; one that
  would be over by then (an evening check-in that closes at 5 am, "it's 22:30: your
  medicines") is recorded as dropped instead of arriving late.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from afterglow.accounts.models import User
from afterglow.clinics.models import Patient
from afterglow.lib.language import speaking
from afterglow.reminders.channels.registry import CHANNELS
from afterglow.reminders.delivery import Item, create, preference_of
from afterglow.reminders.due import due_items
from afterglow.reminders.models import Notification, Preference
from afterglow.reminders.quiet import is_quiet, quiet_ends_after

log = logging.getLogger("afterglow.reminders")
STALE_AFTER = timedelta(days=1)


@dataclass
class Result:
    created: int = 0
    dropped: int = 0
    waiting: int = 0
    emailed: int = 0
    failed: int = 0
    pushed: int = 0
    push_failed: int = 0
    texted: int = 0
    text_failed: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} new, {self.emailed} emailed, {self.waiting} waiting for quiet "
            f"hours to end, {self.dropped} dropped as too late, {self.failed} emails failed, "
            f"{self.pushed} pushed, {self.push_failed} pushes failed, "
            f"{self.texted} texted, {self.text_failed} texts failed"
        )


def run(now: datetime) -> Result:
    result = Result()
    patients = Patient.objects.filter(user__is_active=True).select_related(
        "user__reminder_preference", "user"
    )
    for patient in patients.iterator(chunk_size=200):
        pref = preference_of(patient.user)
        with speaking(patient.user):  # each title in the patient's language
            items = [
                item
                for item in due_items(patient, pref, now)
                if item.due_at <= now and pref.wants(item.kind)
            ]
        known = set(
            Notification.objects.filter(
                user=patient.user, key__in=[item.key for item in items]
            ).values_list("key", flat=True)
        )
        for item in items:
            if item.key not in known:  # the common case costs no write
                consider(patient.user, pref, item, now, result)
    for channel in CHANNELS:
        sent, failed = channel.deliver_pending(now)
        if channel.name == "email":
            result.emailed, result.failed = sent, failed
        elif channel.name == "push":
            result.pushed, result.push_failed = sent, failed
        else:
            result.texted, result.text_failed = sent, failed
    return result


def consider(user: User, pref: Preference, item: Item, now: datetime, result: Result) -> None:
    if now - item.due_at > STALE_AFTER:
        if create(user, item, shown=False, dropped=True, email=False):
            result.dropped += 1
            log.info("reminder dropped as stale", extra={"kind": item.kind, "user_id": user.pk})
        return
    if is_quiet(now, user.time_zone, pref.quiet_start, pref.quiet_end):
        assert pref.quiet_end is not None
        ends = quiet_ends_after(now, user.time_zone, pref.quiet_end)
        if item.closes is not None and item.closes <= ends:
            # It would be over before quiet hours end: recorded, never sent late.
            if create(user, item, shown=False, dropped=True, email=False):
                result.dropped += 1
        else:
            result.waiting += 1
        return
    email = pref.emails_ok
    if create(user, item, shown=pref.in_app, dropped=False, email=email):
        result.created += 1
