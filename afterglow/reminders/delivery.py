"""Making a notification once and emailing it once, whoever asks and however many at once.

- A notification is created once per (person, key): the database's unique constraint
  decides, not timing. Two senders racing both try; one creates, the other finds it.
- An email is sent by whoever claims it: an UPDATE that only succeeds while the row is
  still unclaimed, so exactly one sender gets it. A claim older than 15 minutes (a sender
  that died mid-send) may be taken again.
- A failed send is tried again on later runs, 3 times in all; an address the mail server
  refuses outright is marked as bouncing and gets no more email until the person saves
  their preferences again.
- Every email, of every kind, says only that something waits, and links to it.
"""

import logging
import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext

from afterglow.accounts.models import User
from afterglow.lib.language import speaking
from afterglow.reminders.models import EmailState, Kind, Notification, Preference
from afterglow.reminders.quiet import is_quiet

log = logging.getLogger("afterglow.reminders")
CLAIM_EXPIRES = timedelta(minutes=15)
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Item:
    """Something due for someone: ``key`` names what it is about, for once-only delivery."""

    kind: str
    key: str
    due_at: datetime
    title: str
    link: str
    closes: datetime | None = None  # after this it no longer makes sense to send


def preference_of(user: Any) -> Preference:
    pref = getattr(user, "reminder_preference", None)
    return pref if pref is not None else Preference(user=user)


def create(user: User, item: Item, *, shown: bool, dropped: bool, email: bool) -> bool:
    """True if this call made the notification; False if any sender made it before."""
    try:
        with transaction.atomic():
            Notification.objects.create(
                user=user,
                kind=item.kind,
                key=item.key,
                title=item.title,
                link=item.link,
                due_at=item.due_at,
                shown=shown,
                dropped=dropped,
                email_state=EmailState.PENDING if email else EmailState.NONE,
            )
    except IntegrityError:
        return False
    return True


def _claimable(now: datetime) -> Q:
    """Emails a sender may take: owed, failed before, or claimed by a sender that died."""
    owed = Q(email_state__in=[EmailState.PENDING, EmailState.FAILED])
    abandoned = Q(email_state=EmailState.SENDING, email_claimed_at__lt=now - CLAIM_EXPIRES)
    return (owed | abandoned) & Q(email_attempts__lt=MAX_ATTEMPTS)


def deliver_pending(now: datetime) -> tuple[int, int]:
    """Send every email still owed. Returns how many were sent and how many failed."""
    # The preference is read afresh for each email (it may just have bounced), not joined.
    waiting = Notification.objects.filter(_claimable(now)).select_related("user")
    Notification.objects.filter(  # died during their last attempt: never retried
        email_state=EmailState.SENDING,
        email_claimed_at__lt=now - CLAIM_EXPIRES,
        email_attempts__gte=MAX_ATTEMPTS,
    ).update(email_state=EmailState.GAVE_UP)
    sent = failed = 0
    for notification in waiting:
        outcome = deliver(notification, now)
        sent += outcome == EmailState.SENT
        failed += outcome in (EmailState.FAILED, EmailState.GAVE_UP)
    return sent, failed


def _claim(notification: Notification, now: datetime) -> bool:
    claimed = Notification.objects.filter(_claimable(now), pk=notification.pk).update(
        email_state=EmailState.SENDING,
        email_claimed_at=now,
        email_attempts=F("email_attempts") + 1,
    )
    return claimed == 1


def deliver(notification: Notification, now: datetime) -> str | None:
    """Send the notification's email if this caller wins the claim. Returns the new state.
    The person's choices are read again first: an email owed from before they turned
    email off, closed the account or bounced is not sent; quiet hours make it wait."""
    user = notification.user
    pref = preference_of(user)
    if not user.is_active or not pref.emails_ok:
        Notification.objects.filter(
            pk=notification.pk, email_state__in=[EmailState.PENDING, EmailState.FAILED]
        ).update(email_state=EmailState.NONE)
        return EmailState.NONE
    if notification.kind != Kind.FLAG and is_quiet(
        now, user.time_zone, pref.quiet_start, pref.quiet_end
    ):
        return None
    if not _claim(notification, now):
        return None
    notification.refresh_from_db(fields=["email_attempts"])
    try:
        subject, body = email_for(notification)
        send_mail(
            subject,
            body,
            settings.DEFAULT_FROM_EMAIL,
            [notification.user.email],
            fail_silently=False,
        )
    except smtplib.SMTPRecipientsRefused as error:
        return _failed(notification, error, bounced=True, now=now)
    except Exception as error:  # noqa: BLE001 - any backend failure is a failed attempt
        return _failed(notification, error, bounced=False, now=now)
    Notification.objects.filter(pk=notification.pk).update(
        email_state=EmailState.SENT, emailed_at=now, email_error=""
    )
    return EmailState.SENT


def _failed(notification: Notification, error: Exception, *, bounced: bool, now: datetime) -> str:
    final = bounced or notification.email_attempts >= MAX_ATTEMPTS
    state = EmailState.GAVE_UP if final else EmailState.FAILED
    Notification.objects.filter(pk=notification.pk).update(
        email_state=state, email_error=type(error).__name__[:120]
    )
    if bounced:
        Preference.objects.update_or_create(
            user_id=notification.user_id, defaults={"email_bounced_at": now}
        )
    log.warning(
        "reminder email failed",
        extra={"notification": str(notification.pk), "error": type(error).__name__},
    )
    return state


def email_for(notification: Notification) -> tuple[str, str]:
    """The whole email, for any kind: that something waits, and a link. Nothing else.
    Written in the recipient's language, whoever caused it."""
    base = settings.AFTERGLOW_BASE_URL.rstrip("/")
    link = base + reverse("reminders:open", args=[notification.pk])
    with speaking(notification.user):
        if notification.kind == Kind.FLAG:
            subject = gettext("Afterglow: someone on your care team needs you")
            template = "reminders/email/flag.txt"
        else:
            subject = gettext("Something is waiting for you in Afterglow")
            template = "reminders/email/waiting.txt"
        return subject, render_to_string(template, {"user": notification.user, "link": link})
