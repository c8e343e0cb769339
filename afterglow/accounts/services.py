"""Writes for accounts: invitations, two-step sign-in, profile. Each leaves an audit row."""

import secrets
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.models import (
    INVITATION_DAYS,
    Invitation,
    InvitationRole,
    hash_token,
    new_token,
)
from afterglow.audit.services import record
from afterglow.clinics.models import Clinic, Patient
from afterglow.clinics.services import care_team_add, membership_grant
from afterglow.lib.language import supported

User = get_user_model()
BACKUP_CODE_COUNT = 10


class InvitationUnusable(Exception):
    """The invitation was used, revoked or has expired."""


@dataclass(frozen=True)
class InvitationSent:
    invitation: Invitation
    texted: bool | None  # None: no number given; False: the text could not be sent


def invitation_create(
    *,
    inviter: Any,
    clinic: Clinic,
    email: str,
    full_name: str,
    role: str,
    care_team: list[Any],
    request: HttpRequest | None,
    phone: str = "",
) -> InvitationSent:
    """Make an invitation and email its link; with a (normalised) mobile number, text the
    link too. The number is used once and not kept."""
    invitation, link = invitation_make(
        inviter=inviter,
        clinic=clinic,
        email=email,
        full_name=full_name,
        role=role,
        care_team=care_team,
        request=request,
    )
    invitation_send(invitation=invitation, link=link)
    texted = invitation_text(invitation=invitation, phone=phone, link=link, request=request)
    return InvitationSent(invitation, texted if phone else None)


def invitation_link(token: str, request: HttpRequest | None) -> str:
    """The invitation's address: from the request, or AFTERGLOW_BASE_URL outside one."""
    path = reverse("accounts:invitation_accept", args=[token])
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.AFTERGLOW_BASE_URL.rstrip("/") + path


def invitation_make(
    *,
    inviter: Any,
    clinic: Clinic,
    email: str,
    full_name: str,
    role: str,
    care_team: list[Any],
    request: HttpRequest | None,
) -> tuple[Invitation, str]:
    """Save and audit an invitation (``inviter`` None: the operator who set up the clinic).
    Returns it with its link; only the token's hash is kept, so the link exists only here."""
    token = new_token()
    invitation = Invitation(
        clinic=clinic,
        email=email.strip().lower(),
        full_name=full_name,
        role=role,
        invited_by=inviter,
        token_hash=hash_token(token),
    )
    invitation.full_clean()
    with transaction.atomic():
        invitation.save()
        invitation.care_team.set(care_team)
        record(
            action="invitation.create",
            request=request,
            clinic=clinic,
            obj=invitation,
            detail={"role": role},
        )
    return invitation, invitation_link(token, request)


def invitation_language(invitation: Invitation) -> str:
    """The invitee has no account yet, so no language of their own: their clinic's."""
    return supported(invitation.clinic.language) or settings.LANGUAGE_CODE


def invitation_send(*, invitation: Invitation, link: str) -> None:
    context = {"invitation": invitation, "link": link, "days": INVITATION_DAYS}
    with translation.override(invitation_language(invitation)):
        subject = _("Your invitation to Afterglow from %(clinic)s") % {
            "clinic": invitation.clinic.name
        }
        message = render_to_string("accounts/email/invitation.txt", context)
    send_mail(
        subject=subject,
        message=message,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invitation.email],
    )


def invitation_text(
    *, invitation: Invitation, phone: str, link: str, request: HttpRequest | None
) -> bool:
    """The link by text, saying nothing else (a text shows on a locked screen: no name, no
    clinic). Audited with its outcome, never the number. A provider that fails leaves the
    invitation as made: the email has the same link."""
    if not phone:
        return False
    # Imported here: reminders builds on accounts, so accounts may not import it at load.
    from afterglow.reminders.channels.sms.backends import SmsError, backend

    with translation.override(invitation_language(invitation)):
        body = ngettext(
            "You have an invitation to Afterglow. It works once, for %(days)d day: %(link)s",
            "You have an invitation to Afterglow. It works once, for %(days)d days: %(link)s",
            INVITATION_DAYS,
        ) % {"days": INVITATION_DAYS, "link": link}
    try:
        backend().send(to=phone, body=body)
    except SmsError:
        sent = False
    else:
        sent = True
    record(
        action="invitation.text",
        request=request,
        clinic=invitation.clinic,
        obj=invitation,
        outcome="success" if sent else "failure",
    )
    return sent


def invitation_find(token: str) -> Invitation | None:
    return Invitation.objects.select_related("clinic").filter(token_hash=hash_token(token)).first()


def invitation_accept(
    *,
    invitation: Invitation,
    full_name: str,
    preferred_name: str,
    time_zone: str,
    password: str,
    request: HttpRequest,
) -> Any:
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not locked.is_usable or User.objects.filter(email=locked.email).exists():
            raise InvitationUnusable
        user = User(
            email=locked.email,
            full_name=full_name,
            preferred_name=preferred_name,
            time_zone=time_zone,
            is_staff=locked.role == InvitationRole.ADMIN,
        )
        user.set_password(password)
        user.full_clean()
        user.save()
        if locked.role == InvitationRole.PATIENT:
            patient = Patient(user=user, clinic=locked.clinic)
            patient.full_clean()
            patient.save()
            for clinician in locked.care_team.all():
                care_team_add(
                    patient=patient, clinician=clinician, by=locked.invited_by, request=request
                )
        else:
            membership_grant(
                user=user,
                clinic=locked.clinic,
                role=locked.role,
                by=locked.invited_by,
                request=request,
            )
        locked.accepted_at = timezone.now()
        locked.user = user
        locked.save(update_fields=["accepted_at", "user"])
        record(
            action="invitation.accept",
            actor=user,
            request=request,
            clinic=locked.clinic,
            obj=locked,
            detail={"role": locked.role},
        )
    return user


def invitation_revoke(*, invitation: Invitation, request: HttpRequest) -> None:
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        record(
            action="invitation.revoke", request=request, clinic=invitation.clinic, obj=invitation
        )


def _new_backup_codes(user: Any) -> list[str]:
    device, _ = StaticDevice.objects.get_or_create(user=user, name="backup")
    device.confirmed = True
    device.save()
    device.token_set.all().delete()
    codes = [f"{secrets.randbelow(10**8):08d}" for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=c) for c in codes])
    return codes


def mfa_enrol_confirm(*, user: Any, device: TOTPDevice, request: HttpRequest) -> list[str]:
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        codes = _new_backup_codes(user)
        record(action="auth.mfa_enrolled", actor=user, request=request)
    return codes


def backup_codes_regenerate(*, user: Any, request: HttpRequest) -> list[str]:
    with transaction.atomic():
        codes = _new_backup_codes(user)
        record(action="auth.mfa_backup_codes_reset", actor=user, request=request)
    return codes


def mfa_reset(*, user: Any, request: HttpRequest, clinic: Clinic | None = None) -> None:
    """Remove every second-step device: the person enrols again at their next sign-in."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        record(action="auth.mfa_reset", request=request, clinic=clinic, detail={"user_id": user.pk})


def profile_update(
    *, user: Any, full_name: str, preferred_name: str, time_zone: str, request: HttpRequest
) -> None:
    user.full_name = full_name
    user.preferred_name = preferred_name
    user.time_zone = time_zone
    user.full_clean()
    user.save(update_fields=["full_name", "preferred_name", "time_zone"])
    record(action="account.profile_update", request=request)


def theme_set(*, user: Any, theme: str, request: HttpRequest) -> None:
    """Light, dark or the device's setting for every page ``user`` opens from now on."""
    user.theme = theme
    user.full_clean()
    with transaction.atomic():
        user.save(update_fields=["theme"])
        record(action="account.theme_set", request=request, detail={"theme": theme})


def language_set(*, user: Any, language: str, request: HttpRequest) -> None:
    """The language of every page and message ``user`` gets from now on ("": the clinic's)."""
    user.language = language
    user.full_clean()
    with transaction.atomic():
        user.save(update_fields=["language"])
        record(action="account.language_set", request=request, detail={"language": language})


def sessions_end(*, user: Any) -> int:
    """Sign ``user`` out everywhere now: delete every session signed in as them.

    Sessions are not indexed by person, so this reads the unexpired ones; it runs when a
    clinic admin deactivates someone, not on any page load.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = [
        key
        for key, data in Session.objects.filter(expire_date__gt=timezone.now())
        .values_list("session_key", "session_data")
        .iterator()
        if store().decode(data).get(SESSION_KEY) == str(user.pk)
    ]
    Session.objects.filter(session_key__in=ended).delete()
    return len(ended)
