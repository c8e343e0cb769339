"""“Delete my account”: the patient's content is erased and the account closed. The audit
log keeps that it happened, when and by whom, with no content; the patient's row stays as
an anonymous anchor for that log."""

from typing import Any

from django.db import transaction
from django.http import HttpRequest

from afterglow.audit.services import record
from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.data.holdings import patient_models


@transaction.atomic
def erase_patient(*, patient: Patient, by: Any, request: HttpRequest | None) -> dict[str, int]:
    """Delete everything held about the patient and close their account. Returns how many
    rows of each kind went (counts only)."""
    removed: dict[str, int] = {}
    # Nearest-first order would delete parents before children; children first is gentler
    # on PROTECT relations, so reverse.
    for model, lookup in reversed(list(patient_models(patient))):
        count, _ = model._default_manager.filter(**lookup).delete()
        if count:
            removed[model._meta.label] = count
    CareTeamMember.objects.filter(patient=patient).delete()
    user = patient.user
    _forget_sign_ins(user.email)
    patient.date_of_birth = None
    patient.emergency_contact_name = ""
    patient.emergency_contact_phone = ""
    patient.save()
    user.email = f"erased-{user.pk}@erased.invalid"
    user.full_name = "Erased account"
    user.preferred_name = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    record(
        action="account.erase",
        actor=by,
        request=request,
        patient=patient,
        detail={
            "by_staff": int(by is not None and by.pk != user.pk),
            "rows": sum(removed.values()),
        },
    )
    return removed


def _forget_sign_ins(email: str) -> None:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    AccessAttempt.objects.filter(username=email).delete()
    AccessLog.objects.filter(username=email).delete()
    AccessFailureLog.objects.filter(username=email).delete()
    TOTPDevice.objects.filter(user__email=email).delete()
    StaticDevice.objects.filter(user__email=email).delete()
