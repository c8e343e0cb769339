"""“Delete my account”: the patient's content is erased and the account closed. The clinic's
own records about them (treatment sessions, the REMS monitoring record, flags, integration
session notes) stay, with the patient's own words in them blanked (see holdings.RETAINED).
The audit log keeps that it happened, when and by whom, with no content; the patient's row
stays as an anonymous anchor for the log and those records."""

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest

from afterglow.accounts.models import Invitation
from afterglow.audit.services import record
from afterglow.careteam import summary
from afterglow.clinics.models import CareTeamMember, Patient
from afterglow.data.holdings import RETAINED, patient_models


@transaction.atomic
def erase_patient(*, patient: Patient, by: Any, request: HttpRequest | None) -> dict[str, int]:
    """Delete everything held about the patient and close their account. Returns how many
    rows of each kind went (counts only)."""
    removed: dict[str, int] = {}
    # One rebuild of their caseload summary at the end, not one for each row that goes.
    with summary.deferred():
        # Children first (the walk yields nearest first), gentler on PROTECT relations.
        for model, lookup in reversed(list(patient_models(patient))):
            rows = model._default_manager.filter(**lookup)
            label = model._meta.label
            if label == summary.LABEL:
                continue  # rebuilt below from what stays
            if label in RETAINED:
                if RETAINED[label]:
                    rows.update(**RETAINED[label])  # the clinic's record stays, their words go
                continue
            count, _ = rows.delete()
            if count:
                removed[label] = count
        summary.mark(patient.pk)  # rebuilt even when nothing it counts was deleted
    CareTeamMember.objects.filter(patient=patient).delete()
    user = patient.user
    Invitation.objects.filter(Q(user=user) | Q(email__iexact=user.email)).delete()
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
